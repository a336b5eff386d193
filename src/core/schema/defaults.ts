/**
 * The schema every corpus starts from: the three types of the research question "who
 * claimed what, when". Arabic labels follow the usage of Arabic media studies: ادعاء for a
 * claim (a statement whose truth is at issue, the fact-checkers' term; تصريح would narrow
 * it to official statements), فاعل for an actor (the one who acts or speaks, person or body;
 * شخصية would exclude organisations), تاريخ for a date.
 */
import type { AttributeDef, ChoiceValue, Label, LinkDef, Schema, TypeDef } from './types';

function choice(value: string, en: string, ar: string): ChoiceValue {
  return { value, label: { en, ar } };
}

function attribute(name: string, kind: AttributeDef['kind'], label: Label, values: ChoiceValue[] = []): AttributeDef {
  return { name, kind, label, values };
}

function link(name: string, label: Label, targets: string[], required = false): LinkDef {
  return { name, label, targets, many: false, required };
}

function claim(): TypeDef {
  return {
    name: 'claim',
    label: { en: 'Claim', ar: 'ادعاء' },
    builtIn: true,
    attributes: [
      attribute('modality', 'choice', { en: 'Modality', ar: 'صيغة الادعاء' }, [
        choice('asserted', 'Asserted', 'مؤكَّد'),
        choice('denied', 'Denied', 'منفي'),
        choice('reported', 'Reported', 'منقول'),
      ]),
      attribute('quote', 'choice', { en: 'Quotation', ar: 'نوع الاقتباس' }, [
        choice('direct', 'Direct', 'مباشر'),
        choice('indirect', 'Indirect', 'غير مباشر'),
      ]),
    ],
    links: [
      link('speaker', { en: 'Speaker', ar: 'القائل' }, ['actor'], true),
      link('date', { en: 'Date', ar: 'التاريخ' }, ['date'], true),
      link('reported-by', { en: 'Reported by', ar: 'نقلًا عن' }, ['actor']),
    ],
  };
}

function actor(): TypeDef {
  return {
    name: 'actor',
    label: { en: 'Actor', ar: 'فاعل' },
    builtIn: true,
    attributes: [
      attribute('kind', 'choice', { en: 'Kind', ar: 'النوع' }, [
        choice('person', 'Person', 'شخص'),
        choice('organisation', 'Organisation', 'منظمة'),
        choice('armed-group', 'Armed group', 'جماعة مسلحة'),
        choice('state', 'State', 'دولة'),
        choice('media', 'Media', 'وسيلة إعلام'),
        choice('other', 'Other', 'غير ذلك'),
      ]),
      attribute('canonical', 'text', { en: 'Canonical name', ar: 'الاسم المعتمد' }),
    ],
    links: [],
  };
}

function date(): TypeDef {
  return {
    name: 'date',
    label: { en: 'Date', ar: 'تاريخ' },
    builtIn: true,
    attributes: [
      attribute('value', 'date', { en: 'Value (ISO 8601)', ar: 'القيمة (ISO 8601)' }),
      attribute('calendar', 'choice', { en: 'Calendar', ar: 'التقويم' }, [
        choice('gregorian', 'Gregorian', 'ميلادي'),
        choice('hijri', 'Hijri', 'هجري'),
      ]),
      attribute('precision', 'choice', { en: 'Precision', ar: 'الدقة' }, [
        choice('day', 'Day', 'يوم'),
        choice('month', 'Month', 'شهر'),
        choice('year', 'Year', 'سنة'),
        choice('interval', 'Interval', 'فترة'),
      ]),
    ],
    links: [],
  };
}

/** A fresh copy of the default schema (callers may change it). */
export function defaultSchema(): Schema {
  return { types: [claim(), actor(), date()] };
}
