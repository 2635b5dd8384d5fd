import { describe, expect, it } from 'vitest';
import { events } from './index.js';
import { runners } from './test-helpers.js';

/**
 * Precision audit 5 (real news, 2022 releases and outlets, 1987 Reuters): patterns that fired on
 * wording that is not their event. One sentence per fixed misfire, written for this test in the
 * shape of the real one (not the corpus sentence), with a positive beside it where the fix could
 * cost recall. Actors put in by hand.
 */
const stage = events();
const { types } = runners(stage);

describe('MOBILIZE misfires', () => {
  it('a diplomatic or commercial presence stepped up is no police deployment (153)', () => {
    expect(types('Canada is stepping up its diplomatic presence in the Gulf.', { Canada: 'CAN' })).toEqual([]);
    expect(types('Kenya stepped up its trade presence across the region.', { Kenya: 'KEN' })).toEqual([]);
    expect(types('Police stepped up patrols in Nairobi.', { Police: 'KEN COP' })).toContain('MOBILIZE 153');
  });
  it('"units" does not match "United": a letter sent to the United Nations is no deployment (154)', () => {
    expect(types('Chile sent a letter to the United Nations on Monday.', { Chile: 'CHL', 'the United Nations': 'IGO' })).toEqual([]);
    expect(types('Georgia should move closer to the United States.', { Georgia: 'GEO', 'the United States': 'USA' })).toEqual([]);
    expect(types('Russia sent 3,000 troops to Belarus.', { Russia: 'RUS', Belarus: 'BLR' })).toEqual(['MOBILIZE 154']);
  });
  it('a threatening force buildup is a characterisation, no threat (138)', () => {
    expect(types("China's threatening force buildup worries Tokyo.", { China: 'CHN', Tokyo: 'JPN GOV' })).not.toContain('THREATEN 138');
  });
});

describe('COERCE misfires', () => {
  it('an electricity tariff extended is no sanction (163)', () => {
    expect(types('Moldova is extending the gas tariff for households until April.', { Moldova: 'MDA' })).toEqual([]);
    expect(types('The European Union imposed new sanctions on Belarus.', { 'The European Union': 'IGO', Belarus: 'BLR' })).toEqual(['COERCE 163']);
  });
  it('taking all measures is no seizure of property (1711)', () => {
    expect(types('Armenia must take all measures and draft new security documents.', { Armenia: 'ARM' })).toEqual([]);
  });
  it('emergency grant aid extended is no state of emergency (1724)', () => {
    expect(types('Norway will extend Emergency Relief Aid.', { Norway: 'NOR' })).not.toContain('COERCE 1724');
    expect(types('Peru declared a state of emergency.', { Peru: 'PER' })).toEqual(['COERCE 1724']);
  });
  it('taking journalists to a town is no capture (192)', () => {
    expect(types('The army drew criticism after taking foreign reporters to the village.', { 'The army': 'RUS MIL' })).toEqual([]);
    expect(types('Syrian troops took the town of Qusayr.', { 'Syrian troops': 'SYR MIL' }, { Qusayr: 'SYR' })).toEqual(['COERCE 192']);
  });
  it('"temporarily occupied territories" is a name, no capture (192)', () => {
    expect(types("Monitors' access to Georgia's temporarily occupied territories remains restricted.", { Georgia: 'GEO' })).toEqual([]);
  });
});

describe('CONSULT misfires', () => {
  it('"would not call X the Y" names, it is no phone call and no appeal (041, 0256)', () => {
    expect(types('Stoltenberg would not call these drills the withdrawal of Russian forces.', { Stoltenberg: 'IGO', 'Russian forces': 'RUS MIL' })).toEqual([]);
    expect(types('Macron called Scholz on Tuesday.', { Macron: 'FRA GOV', Scholz: 'DEU GOV' })).toEqual(['CONSULT 041']);
  });
  it('an airline that stops flying to a country is no visit (042)', () => {
    expect(types('Finnair said it will stop flying to Belarus.', { Finnair: 'FIN BUS', Belarus: 'BLR' })).toEqual([]);
  });
  it('insisting on holding a meeting is no meeting held (040)', () => {
    expect(types('Moldova insists on holding the joint commission meeting.', { Moldova: 'MDA' })).not.toContain('CONSULT 040');
  });
});

describe('SUPPORT, AID, CONCEDE, RETREAT misfires', () => {
  it('congratulations on an anniversary are a greeting, no event (051)', () => {
    expect(types('Macron sent a message of congratulations to the people of Greece on the anniversary of independence.', { Macron: 'FRA GOV', 'the people of Greece': 'GRC CVL' })).toEqual([]);
  });
  it('talks about signing a deal are no signing (057)', () => {
    expect(types('Talks are under way with Egypt about signing a full agreement on free trade.', { Egypt: 'EGY' })).not.toContain('SUPPORT 057');
  });
  it('a court that lets a ruling stand does not stand by anyone (051)', () => {
    expect(types('The justices let stand a ruling by a federal appeals court.', { 'The justices': 'USA JUD', 'a federal appeals court': 'USA JUD' })).toEqual([]);
  });
  it('giving someone a taste of its own medicine is retaliation, no aid (073)', () => {
    expect(types('Brazil has decided to give Argentina a taste of its own medicine.', { Brazil: 'BRA', Argentina: 'ARG' })).toEqual([]);
  });
  it('a firm financed equally by two others is business (071)', () => {
    expect(types('The new venture will be equally financed by Siemens and Fiat.', { Siemens: 'DEU BUS', Fiat: 'ITA BUS' })).toEqual([]);
  });
  it('agreeing to stimulate domestic demand is no concession (083)', () => {
    expect(types('France and Italy agreed to stimulate domestic demand.', { France: 'FRA', Italy: 'ITA' })).not.toContain('CONCEDE 083');
  });
  it('agreeing to accept sanctions is no intent to let people in (031)', () => {
    expect(types('The European Union agreed to accept sanctions against Belarus.', { 'The European Union': 'IGO', Belarus: 'BLR' })).not.toContain('AGREE 031');
  });
  it('"end up with one fire after another" and "does not stop even before the bombing" are no halt (087)', () => {
    expect(types('Russia will end up with one fire after another.', { Russia: 'RUS' })).toEqual([]);
    expect(types('Syria does not stop even before the bombing of schools.', { Syria: 'SYR' })).not.toContain('RETREAT 087');
  });
  it('a three-day meeting that ended is no suspension of talks (164)', () => {
    expect(types('The ministers ended their two-day meeting in Brussels still split on farm prices.', { 'The ministers': 'IGO' })).toEqual([]);
  });
});

describe('ASSAULT misfires', () => {
  it('hitting a country "quickly and at scale" with sanctions is no attack (190)', () => {
    expect(types('Officials said it may be necessary to hit Iran quickly and at scale with sanctions.', { Iran: 'IRN' })).not.toContain('ASSAULT 190');
    expect(types('Russia hit Ukraine with a wave of attacks.', { Russia: 'RUS', Ukraine: 'UKR' })).toContain('ASSAULT 190');
  });
});

describe('batch 2: background, characterisation and market wording', () => {
  it('repelling "the aggression of X" and "an act of aggression of X" are no new attack (190)', () => {
    expect(types('Georgia will be able to repel the armed aggression of the Russian Federation if it gets weapons.', { Georgia: 'GEO', 'the Russian Federation': 'RUS' })).toEqual([]);
  });
  it('"without launching an attack" is no attack (190)', () => {
    expect(types('Analysts ask how long Turkey can keep its troops on the border without launching an offensive.', { Turkey: 'TUR' })).not.toContain('ASSAULT 190');
  });
  it('"the first country to recognise" is background (054)', () => {
    expect(types('Iceland was the first country to recognize Lithuania.', { Iceland: 'ISL', Lithuania: 'LTU' })).toEqual([]);
    expect(types('Iceland recognized Lithuania on Monday.', { Iceland: 'ISL', Lithuania: 'LTU' })).toEqual(['SUPPORT 054']);
  });
  it('urging farmers to grow, or firms not to sell dollars, is business and markets (020)', () => {
    expect(types('Guinness is urging farmers to grow more barley.', { Guinness: 'IRL BUS' })).toEqual([]);
    expect(types('Exporters were asked by the central bank not to sell dollars.', { 'the central bank': 'KOR GOV' })).toEqual([]);
    expect(types('Mexico called on the G-7 countries to intervene in the currency market.', { Mexico: 'MEX' })).toEqual([]);
  });
});

describe('batch 3: compounds, markets and payments', () => {
  it('"a full-scale attack" is no scaling back (087)', () => {
    expect(types('After a full-scale attack by Serbia, Kosovo defended itself.', { Serbia: 'SRB', Kosovo: 'XKX' })).not.toContain('RETREAT 087');
    expect(types('Russia halted its offensive on Kyiv.', { Russia: 'RUS', Kyiv: 'UKR GOV' })).toEqual(['RETREAT 087']);
  });
  it('a central bank offering treasury bills pledges no aid (0331)', () => {
    expect(types('The Bank of Italy said it will offer 5 billion lire of Treasury bills at its next tender.', { 'The Bank of Italy': 'ITA GOV' })).toEqual([]);
  });
  it('special payments for workers are no humanitarian aid (073)', () => {
    expect(types('This year the government provided nurses and teachers with special payments.', { 'the government': 'KAZ GOV' })).toEqual([]);
  });
  it('urging a country to give banks a role in underwriting bonds is markets (023)', () => {
    expect(types('The U.S. team urged Korea to give American banks a bigger role in underwriting bonds.', { 'The U.S. team': 'USA GOV', Korea: 'KOR' })).not.toContain('REQUEST 023');
  });
  it('an obligation under a trade facilitation agreement is no mediation (045)', () => {
    expect(types('Georgia acts in line with its obligations under the WTO Trade Facilitation Agreement.', { Georgia: 'GEO', WTO: 'IGO' })).toEqual([]);
  });
  it('blowing up inflation is no bombing (1712)', () => {
    expect(types('Critics say Iran can blow up inflation in Europe.', { Iran: 'IRN' })).toEqual([]);
  });
});

describe('batch 4: powers and difficulty are no acts', () => {
  it('"the right to veto" and "the power to declare war" are no veto and no war (129, 190)', () => {
    expect(types('The president keeps the right to veto legislation.', { 'The president': 'FRA GOV' })).toEqual([]);
    expect(types('Lawmakers reminded Macron of parliament\'s sole power to declare war on Iran.', { Macron: 'FRA GOV', Iran: 'IRN' })).toEqual([]);
    expect(types('Iraq declared war on Iran.', { Iraq: 'IRQ', Iran: 'IRN' })).toEqual(['ASSAULT 190']);
  });
  it('"would be hard to prosecute" is no prosecution (173)', () => {
    expect(types('Experts said Lukashenko would be hard to prosecute.', { Lukashenko: 'BLR GOV' })).toEqual([]);
  });
});

describe('batch 5: greetings, deterrence and campaigns', () => {
  it('exchanging season\'s greetings is no consultation (040)', () => {
    expect(types("Macron and Scholz exchanged season's greetings.", { Macron: 'FRA GOV', Scholz: 'DEU GOV' })).toEqual([]);
    expect(types('Macron and Scholz exchanged views on Mali.', { Macron: 'FRA GOV', Scholz: 'DEU GOV' })).toEqual(['CONSULT 040']);
  });
  it('deterring others from deploying forces or providing aid is neither (154, 072)', () => {
    expect(types('China wants to deter Japan from deploying forces in the strait.', { China: 'CHN', Japan: 'JPN' })).not.toContain('MOBILIZE 154');
    expect(types('Moscow hopes to discourage Kyiv\'s partners from providing more military aid.', { Moscow: 'RUS GOV' })).not.toContain('AID 072');
  });
  it('fighting to scrap a tax is no concession (0832)', () => {
    expect(types('The opposition said it would fight to scrap the new tax.', { 'The opposition': 'JPN OPP' })).not.toContain('CONCEDE 0832');
  });
});

describe('batch 6: base forms of market words and treasury tenders', () => {
  it('"securities" in a not-list must not block "security": a call on the west to safeguard security stays a request (020)', () => {
    expect(types("Truss used a speech to call on the west to safeguard Taiwan's security and economy.", { Truss: 'GBR GOV', Taiwan: 'TWN' })).toContain('REQUEST 020');
    expect(types('NATO urged its members to share intelligence.', { NATO: 'IGO' })).toContain('REQUEST 020');
  });
  it('a central bank offering treasury notes for tender pledges no aid (0331)', () => {
    expect(types('The Reserve Bank of New Zealand said it would offer 300 mln dlrs of 13-week treasury notes for tender next week.', { 'The Reserve Bank of New Zealand': 'NZL GOV' })).toEqual([]);
  });
});

describe('the new not-lists stay narrow: real events with nearby words still code', () => {
  it('a capture reported by residents, a halt before a city, aid workers freed, an emergency for food', () => {
    expect(types('Rebels captured the town, residents said.', { Rebels: 'COD REB' })).toContain('COERCE 192');
    expect(types('Russia halted its offensive before reaching Kyiv.', { Russia: 'RUS', Kyiv: 'UKR GOV' })).toContain('RETREAT 087');
    expect(types('The Taliban released two aid workers.', { 'The Taliban': 'AFG REB' })).toContain('RETREAT 0841');
    expect(types('Egypt declared a state of emergency to speed food deliveries.', { Egypt: 'EGY' })).toContain('COERCE 1724');
    expect(types('Iran suspended talks with the EU for a week.', { Iran: 'IRN', 'the EU': 'IGO' })).toContain('SANCTION 164');
  });
});

describe('batch 8: condolences, import bans, passive naming', () => {
  it('condolences are no event (gold no-event trap); solidarity still is (051)', () => {
    expect(types('Pashinyan conveyed his condolences to Kazakhstan.', { Pashinyan: 'ARM GOV', Kazakhstan: 'KAZ' })).toEqual([]);
    expect(types('Macron expressed condolences to Turkey.', { Macron: 'FRA GOV', Turkey: 'TUR' })).toEqual([]);
    expect(types('Macron expressed solidarity with Turkey.', { Macron: 'FRA GOV', Turkey: 'TUR' })).toEqual(['SUPPORT 051']);
  });
  it('an import ban is no concession to pressure (0832)', () => {
    expect(types('Taiwan has banned pork imports, but Taipei may bow to U.S. pressure.', { Taiwan: 'TWN', Taipei: 'TWN GOV' })).not.toContain('CONCEDE 0832');
  });
  it('"X, which was called the second army in the world" is no name-calling (111)', () => {
    expect(types('The army, which was called the best army in the world, left only war crimes.', { 'The army': 'RUS MIL' })).toEqual([]);
    expect(types('Putin called the attack a provocation.', { Putin: 'RUS GOV' })).toEqual(['ACCUSE 111']);
  });
});

describe('batch 9: emergency provisions, "as long as it takes to bring the case"', () => {
  it('talks held under emergency provisions are no state of emergency (1724)', () => {
    expect(types('The talks, announced by the trade representative, were held under the emergency provisions of the pact.', { 'the trade representative': 'USA GOV' })).not.toContain('COERCE 1724');
  });
  it('"as long as it takes to bring the case" is no lawsuit filed (115)', () => {
    expect(types('Texaco will litigate as long as it takes to bring the case to a conclusion.', { Texaco: 'USA BUS' })).toEqual([]);
    expect(types('Ukraine brought a case against Russia at the ICJ.', { Ukraine: 'UKR', Russia: 'RUS' })).toContain('ACCUSE 115');
  });
});
