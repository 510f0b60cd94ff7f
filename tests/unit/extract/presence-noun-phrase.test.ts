/**
 * Presence told as a noun phrase inside another frame (gold rule 13): a state's forces "in"/"at" a place are that state's
 * presence there, at publication, whatever the sentence's verb ("the Russian military in Syria", "the 2,500 American
 * troops in Iraq", "Turkey's forces in northern Syria"). Not when negated, nor when an attack hits those forces (the
 * gold tells the attack, not the presence). New sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const en = (text: string) => tripleSet(extract(text, 'en', '2024-04-09'), 'deployed_in');
const ar = (text: string) => tripleSet(extract(text, 'ar', '2024-04-09'), 'deployed_in');

describe('forces in a place, as a noun phrase, are presence', () => {
  it('a demonym, a name or a possessive before the forces', () => {
    expect(en('The Russian military in Syria has grown more cautious, analysts say.')).toEqual(['rus deployed_in syr']);
    expect(en('Officials discussed the future of the roughly 2,500 American troops in Iraq.')).toEqual(['usa deployed_in irq']);
    expect(en("Turkey's forces in northern Syria shelled several villages overnight.")).toEqual(['tur deployed_in northern-syria']);
    expect(en("Iran's advisers in Syria were moved to new quarters.")).toEqual(['irn deployed_in syr']);
  });
  it('negated: nothing', () => {
    expect(en('There are no US troops in Lebanon, the embassy said.')).toEqual([]);
  });
  it('forces an attack hits are still a presence (gold rule 13, any frame)', () => {
    expect(en('Militias have claimed dozens of attacks on US forces in Iraq.')).toEqual(['usa deployed_in irq']);
    expect(en('A drone killed three American soldiers in Jordan.')).toEqual(['usa deployed_in jor']);
    expect(ar('وشنت الفصائل هجوماً على مواقع القوات الحكومية في ريف حلب.')).toEqual(['syr deployed_in aleppo']);
  });
  it('the presence the sentence states already is not doubled', () => {
    expect(en('Turkey keeps troops in Syria, and Turkish troops in Syria patrol the border.')).toEqual(['tur deployed_in syr']);
  });
});

describe('the noun-phrase reader: lists, region words, a link verb, Arabic owners after the forces', () => {
  it('a list of places after the locative: each place (both languages)', () => {
    expect(en('US forces in Iraq and Syria were put on alert after the strike.')).toEqual(['usa deployed_in irq', 'usa deployed_in syr']);
    expect(ar('ورفعت القوات الأميركية في سوريا والعراق درجة التأهب.')).toEqual(['usa deployed_in irq', 'usa deployed_in syr']);
  });
  it('a compass word before a country the lexicon has no region of ("in southern Syria"): the country; "are (still) in": a link verb between', () => {
    expect(en('Russian forces in southern Syria patrol the old ceasefire line.')).toContain('rus deployed_in syr');
    const linked = en('Officials said Iranian advisers are still in Iraq.');
    expect(linked).toEqual(['irn deployed_in irq']);
  });
  it('Arabic: a demonym, a genitive name, or a place head before the place', () => {
    expect(ar('وقال إن قوات روسية في ريف حماة تراقب الهدنة.')).toEqual(['rus deployed_in hama']);
    expect(ar('وأكد المسؤول أن مقاتلي حزب العمال الكردستاني في سنجار يشكلون تهديداً.')).toEqual(['pkk deployed_in sinjar']);
  });
  it('a base struck is still a base', () => {
    expect(ar('واستهدفت مسيّرات قاعدة روسية في ريف اللاذقية.')).toEqual(['rus deployed_in latakia']);
  });
  it('negated, or the genitive of a relation noun (that noun\'s frame reads it): nothing', () => {
    expect(ar('وقال إنه لا توجد قوات إيرانية في لبنان.')).toEqual([]);
    expect(ar('ولا تمانع قسد انتشار القوات الحكومية في منبج.')).toEqual([]);
  });
});

describe('positions of named holders, after "of" (gold rule 13)', () => {
  it('one holder, or coordinated holders before coordinated places: every holder with every place it can be read with (the YPG, a Syrian group, with the Syrian place only)', () => {
    expect(en('Turkish artillery shelled positions of the PKK in northern Iraq overnight.')).toEqual(['pkk deployed_in northern-iraq']);
    expect(en("Turkish jets hit positions of the Kurdistan Workers' Party (PKK) and the YPG in northern Syria and northern Iraq.")).toEqual([
      'pkk deployed_in northern-iraq',
      'pkk deployed_in northern-syria',
      'ypg deployed_in northern-syria',
    ]);
  });
  it('no holder named, or a place anaphor: nothing', () => {
    expect(en('Turkish jets hit positions in northern Iraq overnight.')).toEqual([]);
    expect(en('Turkish jets hit positions of the PKK in the area.')).toEqual([]);
  });
});

describe('Arabic positions of named holders (gold rule 13): مواقع لـX في Y، مواقع X في Y', () => {
  it('a holder with لـ or genitive, in quotes or not, struck or not', () => {
    expect(ar('وقصفت المدفعية التركية مواقع «قسد» في القامشلي وتل تمر.')).toEqual(['sdf deployed_in qamishli', 'sdf deployed_in tal-tamr']);
    expect(ar('واستهدفت غارات مواقع للجيش السوري في ريف حماة.')).toEqual(['syr deployed_in hama']);
  });
  it('each holder with its own place: مواقع لـX في P ولـY في Q', () => {
    expect(ar('وشنت المقاتلات غارات على مواقع لحزب العمال الكردستاني في شمال العراق ولـ«وحدات حماية الشعب» الكردية في شمال سوريا.')).toEqual([
      'pkk deployed_in northern-iraq',
      'ypg deployed_in northern-syria',
    ]);
  });
  it('no holder named: nothing', () => {
    expect(ar('وتشن إسرائيل غارات على مواقع في سوريا.')).toEqual([]);
  });
});

describe('English: an armed group before the head, a country\'s place', () => {
  it('"SDF positions in", "Hezbollah fighters in"; "in Syria\'s Idlib province" is in Idlib', () => {
    expect(en('Turkish drones hit SDF positions in northeastern Syria overnight.')).toEqual(['sdf deployed_in northeastern-syria']);
    expect(en('Jets struck Islamic State positions in Syria\'s Idlib province.')).toEqual(['isis deployed_in idlib']);
  });
  it('a group\'s own name ending in the head gives no presence by itself', () => {
    expect(en('Ankara regards the YPG, the main force in the Syrian Democratic Forces in northeastern Syria, as a threat.')).not.toContain('sdf deployed_in northeastern-syria');
  });
});

describe('"near" a place, with the holder named (gold rule 13; with no holder, "positions near Aleppo", nothing)', () => {
  it('English and Arabic', () => {
    expect(en('Israeli jets struck Syrian army positions near Homs and Hama.')).toEqual(['syr deployed_in hama', 'syr deployed_in homs']);
    expect(en('Israeli jets struck positions near Homs.')).toEqual([]);
    expect(ar('واستهدفت الغارات قوات روسية قرب حماة.')).toEqual(['rus deployed_in hama']);
  });
});
