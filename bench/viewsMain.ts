/** `npm run bench:views`: the views' figures alone (see views.bench.ts). */
import { printFigures } from './figures';
import { run } from './views.bench';

printFigures('Views: corpus index, dev half (1,000 files × 100 annotations)', run('dev'));
printFigures('Views: corpus index, held-out half (1,000 files × 100 annotations)', run('heldout'));
