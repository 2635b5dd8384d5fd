import { describe, expect, it } from 'vitest';
import { events } from './index.js';
import { runners } from './test-helpers.js';

/**
 * Round 6 (rva): the wording of real press releases, wires and newspapers for CAMEO 02-08 and 12
 * (appeals, commitments, consultations, praise, cooperation, aid, concessions, refusals). Sentences
 * written for these tests (general forms seen in the corpus, not corpus text); actors put in by hand.
 */
const stage = events();
const { run, types } = runners(stage);

describe('CONSULT (04x): readout wording', () => {
  it('X and Y had a (brief) conversation', () => {
    expect(types('After the summit, the Czech president and the Slovak president had a short conversation.', {
      'the Czech president': 'CZE GOV',
      'the Slovak president': 'SVK GOV',
    })).toEqual(['CONSULT 040']);
  });
  it('a delegation group meets (the named parties of "The leaders discussed" are the engine\'s: discuss.mutual)', () => {
    expect(types('Representatives of the Baltic states will meet in Tallinn.', { 'the Baltic states': '- GOV' })).toEqual(['CONSULT 040']);
  });
  it('discussed a long object with Y', () => {
    expect(run('The prime minister discussed the state of the grain corridor and the supply of fuel to the region with the Turkish president.', {
      'The prime minister': 'MDA GOV',
      'the Turkish president': 'TUR GOV',
    })).toEqual(['CONSULT 040 The prime minister -> the Turkish president asserted']);
  });
  it('arrived in a place for a (four-day) trip / on a visit; began talks in a capital', () => {
    expect(types('The chancellor arrived in Asia for a three-day visit.', { 'The chancellor': 'DEU GOV' })).toEqual(['CONSULT 042']);
    expect(types('The Polish minister began two days of trade talks in Ottawa.', { 'The Polish minister': 'POL GOV', Ottawa: 'CAN' })).toEqual(['CONSULT 046']);
  });
});

describe('SUPPORT (05x): praise in readouts', () => {
  it('gave a high appraisal of / noted / appreciated the leadership, role, efforts of Y', () => {
    expect(types("The president gave a high appraisal of Armenia's reforms.", { 'The president': 'FRA GOV', Armenia: 'ARM' })).toEqual(['SUPPORT 051']);
    expect(run('The minister noted the leadership of Denmark in the coalition.', { 'The minister': 'UKR GOV', Denmark: 'DNK' })).toEqual([
      'SUPPORT 051 The minister -> Denmark asserted',
    ]);
    expect(types('The chancellor highly appreciated the efforts of Norway.', { 'The chancellor': 'AUT GOV', Norway: 'NOR' })).toEqual(['SUPPORT 051']);
    expect(types("The envoy noted Finland's contribution to the mission.", { 'The envoy': 'SWE GOV', Finland: 'FIN' })).toEqual(['SUPPORT 051']);
  });
  it('a currency that appreciates is no praise; a noted aggression is no praise', () => {
    expect(types('The yen appreciated against the dollar.', { 'The yen': 'JPN' })).toEqual([]);
    expect(types('The minister noted the aggression of Russia.', { 'The minister': 'UKR GOV', Russia: 'RUS' }).filter((t) => t.startsWith('SUPPORT'))).toEqual([]);
  });
});

describe('AGREE (03x): commitments', () => {
  it('remains committed to supporting Y; committed themselves to', () => {
    expect(types('Canada remains committed to supporting Moldova.', { Canada: 'CAN', Moldova: 'MDA' })).toEqual(['AGREE 030']);
    expect(run('Brazil and Chile committed themselves to lower tariffs.', { Brazil: 'BRA', Chile: 'CHL' })).toEqual([
      'AGREE 030 Brazil+Chile -> Brazil+Chile asserted',
    ]);
  });
  it('vowed to meet regularly', () => {
    expect(types('The ministers vowed to meet regularly.', { 'The ministers': '- GOV' })).toEqual(['AGREE 036']);
  });
  it('is committed to a war aim is no AGREE', () => {
    expect(types('The army remains committed to the offensive.', { 'The army': 'RUS MIL' })).toEqual([]);
  });
});

describe('REQUEST (02x): unnamed addressees and hoped-for status', () => {
  it('called for people / appealed to citizens to', () => {
    expect(types('The president called for citizens across Europe to donate blood.', { 'The president': 'UKR GOV' })).toEqual(['REQUEST 020']);
  });
  it('expects to be granted candidate status', () => {
    expect(types('Georgia hopes to be granted candidate status by the EU.', { Georgia: 'GEO', 'the EU': '- IGO' })).toEqual(['REQUEST 020']);
  });
});

describe('REJECT (12x): no intention of changing', () => {
  it('had no intention of modifying / no plans to lift', () => {
    expect(types('The finance minister said he had no intention of changing the budget.', { 'The finance minister': 'ITA GOV' })).toEqual(['REJECT 120']);
  });
  it('no intention of attacking is a denial, not a refusal', () => {
    expect(types('Moscow has no intention of attacking its neighbours.', { Moscow: 'RUS GOV' }).filter((t) => t.startsWith('REJECT'))).toEqual([]);
  });
});

describe('round 6 (rva) batch 2: meetings, receptions, refusals', () => {
  it('a plural group meets; took part in a meeting / summit of Y; held a videoconference with Y', () => {
    expect(types('Ministers of the Nordic countries will meet in Oslo.', { 'the Nordic countries': '- GOV' })).toEqual(['CONSULT 040']);
    expect(types('The prime minister took part in a meeting of the European Council.', { 'The prime minister': 'IRL GOV', 'the European Council': '- IGO' })).toEqual(['CONSULT 040']);
    expect(types('The minister held a videoconference with the Japanese defence minister.', { 'The minister': 'AUS GOV', 'the Japanese defence minister': 'JPN GOV' })).toEqual(['CONSULT 041']);
  });
  it('talks held via videoconference are no call of the speaker', () => {
    expect(types('The chancellor praised the talks, which were held via videoconference.', { 'The chancellor': 'DEU GOV' }).filter((t) => t.startsWith('CONSULT'))).toEqual([]);
  });
  it('received his counterpart; a received letter is no visit', () => {
    expect(run('The president received his Kenyan counterpart.', { 'The president': 'TZA GOV', 'his Kenyan counterpart': 'KEN GOV' })).toEqual([
      'CONSULT 043 The president -> his Kenyan counterpart asserted',
    ]);
    expect(types('The president received a letter from the minister.', { 'The president': 'TZA GOV', 'the minister': 'KEN GOV' }).filter((t) => t.startsWith('CONSULT'))).toEqual([]);
  });
  it('refuses to fulfil the agreements; holds out against a bid', () => {
    expect(types('The rebels refuse to implement the peace accords.', { 'The rebels': 'SDN REB' })).toEqual(['REJECT 120']);
    expect(types("Hungary held out against Sweden's bid.", { Hungary: 'HUN', Sweden: 'SWE' })).toEqual(['REJECT 120']);
  });
  it('will not agree to an ultimatum is a refusal', () => {
    expect(types('Serbia will not agree to the ultimatum.', { Serbia: 'SRB' })).toEqual(['REJECT 120']);
  });
});

describe('round 6 (rva) batch 3: requests and cooperation', () => {
  it('requested a face-to-face meeting with Y; requested Y send armoured vehicles', () => {
    expect(types('The president requested a face-to-face meeting with the king.', { 'The president': 'FRA GOV', 'the king': 'ESP GOV' })).toEqual(['REQUEST 026']);
    expect(types('The minister requested Canada send armoured vehicles.', { 'The minister': 'UKR GOV', Canada: 'CAN' })).toEqual(['REQUEST 0232']);
  });
  it('bolstered (military) cooperation', () => {
    expect(types('Serbia and Hungary will bolster their cooperation.', { Serbia: 'SRB', Hungary: 'HUN' })).toEqual(['COOPERATE 060']);
    expect(types('Iran deepened military cooperation with Armenia.', { Iran: 'IRN', Armenia: 'ARM' })).toEqual(['COOPERATE 062']);
  });
});

describe('round 6 (rva) batch 4: aid released, assurances, freezes', () => {
  it('released military aid to Y; unlocked aid for Y; a released report is no aid', () => {
    expect(types('Washington released 2 billion dollars in military aid to Taiwan.', { Washington: 'USA GOV', Taiwan: 'TWN' })).toEqual(['AID 072']);
    expect(types('Brussels unlocked 300 million euros of aid for Moldova.', { Brussels: '- IGO', Moldova: 'MDA' })).toEqual(['AID 070']);
    expect(types('The ministry released a report on aid to Moldova.', { 'The ministry': 'DEU GOV', Moldova: 'MDA' })).toEqual([]);
  });
  it('was given a security assurance by X; gave Y security guarantees', () => {
    expect(run('The Finnish minister was given a security assurance by the US secretary of state.', {
      'The Finnish minister': 'FIN GOV',
      'the US secretary of state': 'USA GOV',
    })).toEqual(['AGREE 030 the US secretary of state -> The Finnish minister asserted']);
    expect(types('France gave Armenia security guarantees.', { France: 'FRA', Armenia: 'ARM' })).toEqual(['AGREE 030']);
  });
  it('called for a freezing of hostilities', () => {
    expect(types('The pope called for a freezing of hostilities.', { 'The pope': 'VAT GOV' })).toEqual(['REQUEST 0256']);
  });
  it('an addressee named as an actor keeps its specific appeal code', () => {
    expect(types('The first lady appealed to the World Council of Churches to help Ukraine.', {
      'The first lady': 'UKR GOV',
      'the World Council of Churches': '- NGO',
      Ukraine: 'UKR',
    })).toEqual(['REQUEST 023']);
  });
});

describe('round 6 (rva) batch 5: calls, venues, mediation requests', () => {
  it('spoke to Y (not to a broadcaster); told Y in a video call; dialled Y', () => {
    expect(types('Meloni spoke to the Greek prime minister on Friday.', { Meloni: 'ITA GOV', 'the Greek prime minister': 'GRC GOV' })).toEqual(['CONSULT 040']);
    expect(types('The premier spoke to the BBC on Friday.', { 'The premier': 'ITA GOV', 'the BBC': 'GBR MED' })).toEqual([]);
    expect(types('The chancellor told the president in a phone call that sanctions would stay.', {
      'The chancellor': 'DEU GOV',
      'the president': 'RUS GOV',
    })).toEqual(['CONSULT 041']);
    expect(types('The premier dialled the Polish president.', { 'The premier': 'ITA GOV', 'the Polish president': 'POL GOV' })).toEqual(['CONSULT 041']);
  });
  it('one side holds talks in a capital (its country is the other party); two sides keep reciprocal talks', () => {
    expect(run('Serbia and Kosovo resumed talks in Brussels.', { Serbia: 'SRB', Kosovo: 'XKX' })).toEqual(['CONSULT 046 Serbia+Kosovo -> Serbia+Kosovo asserted']);
  });
  it('the ministers convened; leaders gathered for a funeral is no meeting', () => {
    expect(types('The delegations reconvened on Monday.', { 'The delegations': '- GOV' })).toEqual(['CONSULT 040']);
    expect(types('Presidents from 40 countries met in Rome for the funeral of the king.', { 'Presidents from 40 countries': '- GOV' })).toEqual([]);
  });
  it('asked Y to mediate (028); exchanged letters', () => {
    expect(types('Chad asked Niger to mediate with the rebels.', { Chad: 'TCD', Niger: 'NER' })).toEqual(['REQUEST 028']);
    expect(types('Seoul and Tokyo exchanged letters on the dispute.', { Seoul: 'KOR GOV', Tokyo: 'JPN GOV' })).toEqual(['CONSULT 040']);
  });
});

describe('round 6 (rva) batch 6: reaffirmed intentions in readouts', () => {
  it('reaffirmed their intention to continue coordination / confirmed interest in strengthening the partnership', () => {
    expect(run('The two presidents reaffirmed their intention to continue close coordination.', { 'The two presidents': '- GOV' })).toEqual([
      'AGREE 030 The two presidents -> asserted',
    ]);
    expect(types('Hanoi and Seoul confirmed interest in further strengthening the strategic partnership.', { Hanoi: 'VNM GOV', Seoul: 'KOR GOV' })).toEqual(['AGREE 030']);
  });
  it('stated readiness to use all formats of negotiations (036); a company interested in cooperation is no state act', () => {
    expect(types('The president stated his readiness to use all formats of negotiations.', { 'The president': 'UKR GOV' })).toEqual(['AGREE 036']);
    expect(types('The company expressed interest in expanding cooperation with Siemens.', { 'The company': 'DEU BUS', Siemens: 'DEU BUS' })).toEqual([]);
  });
});

describe('round 6 (rva) batch 7: chairs and summits', () => {
  it('chaired a virtual summit; a summit between X and Y; a shareholders meeting is none', () => {
    expect(types('The secretary general chaired a virtual summit of allied leaders.', { 'The secretary general': '- IGO' })).toEqual(['CONSULT 040']);
    expect(run('A summit between the Chinese president and Central Asian leaders opened in Xian.', {
      'the Chinese president': 'CHN GOV',
      'Central Asian leaders': '- GOV',
    })).toEqual(['CONSULT 040 the Chinese president+Central Asian leaders -> the Chinese president+Central Asian leaders asserted']);
    expect(types('The chairman presided over the annual shareholders meeting.', { 'The chairman': 'USA BUS' })).toEqual([]);
  });
});

describe('round 6 (rva) batch 8: reopened corridors, recalled troops', () => {
  it('reopened the corridor / unblocked the ports (0872); a deal to reopen ports is no act of its signers', () => {
    expect(types('Armenia reopened the border crossing.', { Armenia: 'ARM' })).toEqual(['RETREAT 0872']);
    expect(types('The city reopened its schools.', { 'The city': 'FRA GOV' })).toEqual([]);
  });
  it('recalled its troops (087); a recalled ambassador is no retreat', () => {
    expect(types('Serbia recalled its troops from the border.', { Serbia: 'SRB' })).toEqual(['RETREAT 087']);
    expect(types('Serbia recalled its ambassador.', { Serbia: 'SRB' }).filter((t) => t.startsWith('RETREAT'))).toEqual([]);
  });
  it('agreed to let aid trucks in is one commitment (no "aid" read as a verb)', () => {
    expect(types('Israel agreed to let aid trucks into Gaza.', { Israel: 'ISR', Gaza: 'PSE' })).toEqual(['AGREE 0355']);
  });
});

describe('round 6 (rva) batch 9: pressing, wishes addressed to another state, balking', () => {
  it('pressed Y on Z; wants Y to deliver missiles is an appeal, not a delivery', () => {
    expect(types('The president pressed the chancellor on tank deliveries.', { 'The president': 'POL GOV', 'the chancellor': 'DEU GOV' })).toEqual(['REQUEST 020']);
    expect(types('Ukraine wants Germany to deliver Taurus missiles.', { Ukraine: 'UKR', Germany: 'DEU' })).toEqual(['REQUEST 0232']);
  });
  it('balked at sending / said no to (120); investors balking at a price are none', () => {
    expect(types('Austria balked at sending peacekeepers.', { Austria: 'AUT' }).filter((t) => t.startsWith('REJECT'))).toEqual(['REJECT 120']);
    expect(types('Slovakia said no to the EU plan.', { Slovakia: 'SVK', 'the EU': '- IGO' })).toEqual(['REJECT 120']);
    expect(types('Investors balked at the price.', { Investors: 'USA BUS' })).toEqual([]);
  });
});

describe('round 6 (rva) batch 10: agreements in principle', () => {
  it('agreed to recognise each other\'s territorial integrity (032); agreed on a mechanism (030, two parties only)', () => {
    expect(types("Serbia and Kosovo agreed to recognise each other's borders.", { Serbia: 'SRB', Kosovo: 'XKX' })).toEqual(['AGREE 032']);
    expect(types('Russia and Turkey agreed on a mechanism for grain exports.', { Russia: 'RUS', Turkey: 'TUR' })).toEqual(['AGREE 030']);
    expect(types('The cabinet agreed on a package of measures.', { 'The cabinet': 'UKR GOV' })).toEqual([]);
  });
});

describe('round 6 (rva) batch 11: meetings with officials no actor names', () => {
  it('held a working meeting with members of the cabinet; a meeting with shareholders is none', () => {
    expect(types('The president held a working meeting with members of the cabinet.', { 'The president': 'UKR GOV' })).toEqual(['CONSULT 040']);
    expect(types('The chief executive held a meeting with shareholders.', { 'The chief executive': 'USA BUS' })).toEqual([]);
  });
});

describe('round 6 (rva) batch 12: civilian goods handed over; discussions with unnamed officials', () => {
  it('handed over ambulances / generators to Y; received generators from X; a company selling generators is none', () => {
    expect(run('Japan handed over 20 ambulances to Moldova.', { Japan: 'JPN', Moldova: 'MDA' })).toEqual(['AID 073 Japan -> Moldova asserted']);
    expect(run('Moldova received 40 generators from Romania.', { Moldova: 'MDA', Romania: 'ROU' })).toEqual(['AID 073 Romania -> Moldova asserted']);
    expect(types('Siemens sold generators to Egypt.', { Siemens: 'DEU BUS', Egypt: 'EGY' })).toEqual([]);
  });
  it('discussed with G7 ambassadors the security situation', () => {
    expect(types('The chief of staff discussed with G7 ambassadors the security situation.', { 'The chief of staff': 'UKR GOV' })).toEqual(['CONSULT 040']);
  });
});

describe('round 6 (rva) batch 13: promised institutions', () => {
  it('promised a new constitution (034)', () => {
    expect(types('The junta promised a new constitution.', { 'The junta': 'MLI MIL' })).toEqual(['AGREE 034']);
  });
});

describe('round 6 (rva) batch 14: honours for foreign dignitaries', () => {
  it('awarded the Order of Merit to Y; presented Y with an order; not awards to servicemen, not a contract', () => {
    expect(types('The president awarded the Order of Merit to the Polish prime minister.', {
      'The president': 'UKR GOV',
      'the Polish prime minister': 'POL GOV',
    })).toEqual(['SUPPORT 051']);
    expect(types('The president presented the speaker with the Order of Princess Olga.', { 'The president': 'UKR GOV', 'the speaker': 'USA LEG' })).toEqual(['SUPPORT 051']);
    expect(types('The president presented state awards to servicemen.', { 'The president': 'UKR GOV', servicemen: 'UKR MIL' })).toEqual([]);
    expect(types('The ministry awarded the contract to Boeing.', { 'The ministry': 'USA GOV', Boeing: 'USA BUS' })).toEqual([]);
  });
});

describe('round 6 (rva) batch 15: appeals by letter', () => {
  it('sent a letter to Y asking for air defence (the sender asks); wrote to Y urging', () => {
    expect(run('The president sent a letter to the chancellor asking for more air defence systems.', {
      'The president': 'UKR GOV',
      'the chancellor': 'DEU GOV',
    })).toEqual(['REQUEST 0232 The president -> the chancellor asserted']);
    expect(types('The minister wrote to his Polish counterpart urging him to reopen the border.', {
      'The minister': 'UKR GOV',
      'his Polish counterpart': 'POL GOV',
    })).toEqual(['REQUEST 020']);
  });
});

describe('round 6 (rva) batch 16: promises seen from the receiver', () => {
  it('won assurances from X (X promised Y); won no promises is no AGREE', () => {
    expect(run('Sweden won assurances from Turkey.', { Sweden: 'SWE', Turkey: 'TUR' })).toEqual(['AGREE 030 Turkey -> Sweden asserted']);
    expect(types('Canada won no promises from the United States.', { Canada: 'CAN', 'the United States': 'USA' })).toEqual([]);
  });
});

describe('round 6 (rva): a "no" inside the object is no event (the engine negates only noun triggers)', () => {
  it('took no part in the meeting; gave Y no guarantees; released no aid', () => {
    expect(types('Hungary took no part in the meeting of EU leaders.', { Hungary: 'HUN', 'EU leaders': '- IGO' })).toEqual([]);
    expect(types('Britain gave Sweden no security guarantees.', { Britain: 'GBR', Sweden: 'SWE' })).toEqual([]);
    expect(types('Germany released no military aid to Ukraine.', { Germany: 'DEU', Ukraine: 'UKR' })).toEqual([]);
  });
});

describe('round 6 (rva) batch 17: co-production, joint programmes, trained snipers', () => {
  it('jointly produce ammunition (062, two parties); a joint programme (060); trained snipers (062)', () => {
    expect(types('Poland and Ukraine will jointly produce ammunition.', { Poland: 'POL', Ukraine: 'UKR' })).toEqual(['COOPERATE 062']);
    expect(types('Germany and Spain launched a joint fighter jet programme.', { Germany: 'DEU', Spain: 'ESP' })).toEqual(['COOPERATE 060']);
    expect(types('Estonia trained Ukrainian snipers.', { Estonia: 'EST', 'Ukrainian snipers': 'UKR MIL' })).toEqual(['COOPERATE 062']);
    expect(types('Russia and Iran produce drones.', { Russia: 'RUS', Iran: 'IRN' })).toEqual([]);
  });
});
