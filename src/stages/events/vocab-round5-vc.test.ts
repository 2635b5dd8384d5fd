import { describe, expect, it } from 'vitest';
import { events } from './index.js';
import { code } from './test-helpers.js';

/**
 * Vocabulary round 5 (CAMEO roots 03-08: AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE/RETREAT): general forms
 * found missing on unseen text, and look-alikes (business, sport, metaphors) that must stay uncoded. Sentences
 * written for these tests; actors put in by hand.
 */
const stage = events();
type Actors = Record<string, string>;
const types = (text: string, actors: Actors) =>
  code(stage, text, actors).events.map((e) => `${e.plover} ${e.cameo}`);

/** [sentence, actors, an expected "PLOVER cameo"] */
const positives: [string, Actors, string][] = [
  // 062: forces backing another's operation
  ['French troops supported Malian soldiers in an offensive against jihadists near Gao.', { 'French troops': 'FRA MIL', 'Malian soldiers': 'MLI MIL' }, 'COOPERATE 062'],
  // 075: hiding a wanted man
  ['Officials said the tribe had harboured the rebel leader for years.', { 'the tribe': 'AFG CVL', 'the rebel leader': 'AFG REB' }, 'AID 075'],
  // 0831 / 0832 in a protest context
  ['The king accepted the resignation of the cabinet after weeks of street protests.', { 'The king': 'JOR GOV' }, 'CONCEDE 0831'],
  ['Facing riots, the president reinstated fuel subsidies on Monday.', { 'the president': 'NGA GOV' }, 'CONCEDE 0832'],
  // 054: a city recognised as a state's capital
  ['Honduras recognized the city as Israel\'s capital on Friday.', { Honduras: 'HND', Israel: 'ISR' }, 'SUPPORT 054'],
  // 042: an envoy sent is a visit
  ['India will dispatch a delegation to Dhaka next week.', { India: 'IND', Dhaka: 'BGD GOV' }, 'CONSULT 042'],
  // 045: third parties acting as guarantors
  ['Qatar acted as guarantor between Kabul and the militants.', { Qatar: 'QAT', Kabul: 'AFG GOV', 'the militants': 'AFG REB' }, 'CONSULT 045'],
  // 055: an apology offered with no addressee
  ['The prime minister offered a formal apology for the massacre.', { 'The prime minister': 'NZL GOV' }, 'SUPPORT 055'],
  // 062: joint drills kicked off
  ['Egypt and Greece kicked off joint naval drills in the Mediterranean on Sunday.', { Egypt: 'EGY', Greece: 'GRC' }, 'COOPERATE 062'],
  // 064: evidence handed to another state
  ['Turkey passed audio recordings of the killing to Britain and France.', { Turkey: 'TUR', Britain: 'GBR', France: 'FRA' }, 'COOPERATE 064'],
  // 073: relief flown in by the tonne
  ['UNICEF flew 30 tonnes of medical supplies into Gaza on Friday.', { UNICEF: '- IGO', Gaza: 'PSE' }, 'AID 073'],
  // 085: frozen money released
  ['Seoul unblocked $7 billion in Iranian funds on Monday.', { Seoul: 'KOR GOV', Iranian: 'IRN' }, 'RETREAT 085'],
  // 0842: looted objects handed back
  ['France handed back 26 royal treasures to Benin on Wednesday.', { France: 'FRA', Benin: 'BEN' }, 'RETREAT 0842'],
  // 0874: troops abandoning positions
  ['Government soldiers abandoned their bases near the border as the rebels advanced.', { 'Government soldiers': 'MLI MIL', 'the rebels': 'MLI REB' }, 'RETREAT 0874'],
  // 0832 / 0831 under protest or strike
  ['The government cut fuel prices on Friday after a general strike paralysed the capital.', { 'The government': 'ECU GOV' }, 'CONCEDE 0832'],
  ['The president dropped his bid for a third term after months of protests.', { 'The president': 'SEN GOV' }, 'CONCEDE 0831'],
  // 0873: decommissioning
  ['The militia has put its arms beyond use, the monitors said.', { 'The militia': 'GBR REB' }, 'RETREAT 0873'],
  // 064: intelligence passed by a third party
  ['Police raided the flat acting on intelligence provided by Britain.', { Police: 'ESP COP', Britain: 'GBR' }, 'COOPERATE 064'],
  ['A tip-off from Moroccan intelligence led Spanish police to the cell.', { 'Moroccan intelligence': 'MAR GOV', 'Spanish police': 'ESP COP' }, 'COOPERATE 064'],
  // 075: helping a fugitive hide
  ['Prosecutors said the officer had helped the warlord hide for a decade.', { 'the officer': 'SRB MIL', 'the warlord': 'BIH REB' }, 'AID 075'],
  // 03x: readiness to cooperate, demarcation, relations back on track, mending fences, status promised
  ['Syria said it was ready to cooperate with the inspectors of the agency.', { Syria: 'SYR', 'the agency': '- IGO' }, 'AGREE 030'],
  ['Kyrgyzstan and Tajikistan agreed to finish delimiting their border by March.', { Kyrgyzstan: 'KGZ', Tajikistan: 'TJK' }, 'AGREE 037'],
  ['China and Australia pledged to get their ties back on track.', { China: 'CHN', Australia: 'AUS' }, 'AGREE 032'],
  ['Qatar and Bahrain agreed to bury the hatchet.', { Qatar: 'QAT', Bahrain: 'BHR' }, 'AGREE 032'],
  ['Brussels promised Georgia candidate status on Friday.', { Brussels: '- IGO', Georgia: 'GEO' }, 'AGREE 032'],
  // 057: a deal signed or reached with Y
  ['Libya handed over its centrifuges under a deal reached with Washington.', { Libya: 'LBY', Washington: 'USA GOV' }, 'SUPPORT 057'],
  // 0831: power handed to civilians
  ['The generals handed power to a transitional civilian council on Sunday after months of protests.', { 'The generals': 'SDN MIL' }, 'CONCEDE 0831'],
  // 062 / 063: trainers sent abroad, help for another state's investigators
  ['Turkey sent military instructors to Libya last month.', { Turkey: 'TUR', Libya: 'LBY' }, 'COOPERATE 062'],
  ['Dutch experts are assisting Ukrainian prosecutors in the war crimes probe.', { 'Dutch experts': 'NLD GOV', 'Ukrainian prosecutors': 'UKR JUD' }, 'COOPERATE 063'],
  // 074: a multinational or peacekeeping force deploying
  ['Rwandan troops will deploy to Mozambique as part of a regional peacekeeping force.', { 'Rwandan troops': 'RWA MIL', Mozambique: 'MOZ' }, 'AID 074'],
  ['Chad deployed 1,000 soldiers to Mali as part of a U.N.-led stabilisation mission.', { Chad: 'TCD', Mali: 'MLI' }, 'AID 074'],
  // 042: leaving for a capital for talks
  ['The foreign minister leaves on Sunday for Tokyo for talks with Japanese officials.', { 'The foreign minister': 'KOR GOV', Tokyo: 'JPN GOV' }, 'CONSULT 042'],
  // 0841: a pardon granted as a noun
  ['The president granted a pardon to the jailed blogger.', { 'The president': 'EGY GOV', 'the jailed blogger': 'EGY CVL' }, 'RETREAT 0841'],
  // 071 / 033: amounts written "$25m", "£1bn", "40 mln dlrs"
  ['Britain will send an extra £25m to Ukraine.', { Britain: 'GBR', Ukraine: 'UKR' }, 'AID 071'],
  ['Japan pledged another $1bn to Ukraine on Monday.', { Japan: 'JPN', Ukraine: 'UKR' }, 'AGREE 033'],
  // 072: weapons supplied by X, as a participle with its agent
  ['Poland will get 32 F-16s being provided by the United States.', { Poland: 'POL', 'the United States': 'USA' }, 'AID 072'],
  // 0862: monitors let in (active voice; the agentless passive needs the engine, see the report)
  ['Damascus let the inspectors into Douma on Saturday.', { Damascus: 'SYR GOV', 'the inspectors': '- IGO' }, 'RETREAT 0862'],
  // 04x: talks held between two parties (passive), a meeting "had" with Y, flying into a capital, hosting talks between others
  ['Talks were held between Armenia and Azerbaijan in Brussels on Sunday.', { Armenia: 'ARM', Azerbaijan: 'AZE' }, 'CONSULT 046'],
  ['Scholz had a brief meeting with Modi in Delhi.', { Scholz: 'DEU GOV', Modi: 'IND GOV' }, 'CONSULT 040'],
  ['Zelensky flew into Washington on Wednesday.', { Zelensky: 'UKR GOV', Washington: 'USA GOV' }, 'CONSULT 042'],
  ['Qatar hosted negotiations between Israel and Hamas in Doha.', { Qatar: 'QAT', Israel: 'ISR', Hamas: 'PSE REB' }, 'CONSULT 045'],
  ['Qatar hosted negotiations between Israel and Hamas in Doha.', { Qatar: 'QAT', Israel: 'ISR', Hamas: 'PSE REB' }, 'CONSULT 046'],
  // 051: congratulations sent
  ['Putin sent a congratulatory message to Tokayev.', { Putin: 'RUS GOV', Tokayev: 'KAZ GOV' }, 'SUPPORT 051'],
  // 063 / 07x: suspects handed over in the passive, aid and weapons from X arriving
  ['The fugitive was handed over to French authorities by the Spanish police.', { 'French authorities': 'FRA GOV', 'the Spanish police': 'ESP COP' }, 'COOPERATE 063'],
  ['Aid trucks from Jordan entered Gaza on Sunday.', { Jordan: 'JOR', Gaza: 'PSE' }, 'AID 073'],
  ['The first batch of Abrams tanks arrived in Ukraine from the United States.', { Ukraine: 'UKR', 'the United States': 'USA' }, 'AID 072'],
  ['China wrote off loans to Zambia.', { China: 'CHN', Zambia: 'ZMB' }, 'AID 071'],
  // 0871: ceasefires in other words
  ['The government and the rebels agreed to a permanent cessation of hostilities.', { 'The government': 'ETH GOV', 'the rebels': 'ETH REB' }, 'RETREAT 0871'],
  ['Israel and Hamas agreed to a four-day humanitarian pause.', { Israel: 'ISR', Hamas: 'PSE REB' }, 'RETREAT 0871'],
  // 0831 / 0342: a leader reinstated, a bill to be withdrawn
  ['The army chief reinstated Prime Minister Hamdok on Sunday.', { 'The army chief': 'SDN MIL', 'Prime Minister Hamdok': 'SDN GOV' }, 'CONCEDE 0831'],
  ['The new government pledged to withdraw the income tax bill.', { 'The new government': 'JOR GOV' }, 'AGREE 0342'],
  // 033: a commitment to more support for Y
  ['NATO ministers agreed to step up military support for Kyiv.', { 'NATO ministers': '- IGO', Kyiv: 'UKR GOV' }, 'AGREE 033'],
  // 046: attending talks
  ['Iran will attend the talks on its nuclear programme in Vienna next week.', { Iran: 'IRN' }, 'CONSULT 046'],
  // 046: talks considered (hypothetical)
  ['Tehran would consider resuming talks with Washington.', { Tehran: 'IRN GOV', Washington: 'USA GOV' }, 'CONSULT 046'],
  // 070 / 057: aid packages passed, agreements renewed
  ['The European Union signed off on a 50 billion euro aid package for Ukraine.', { 'The European Union': '- IGO', Ukraine: 'UKR' }, 'AID 070'],
  ['Egypt and Israel renewed their gas deal on Monday.', { Egypt: 'EGY', Israel: 'ISR' }, 'SUPPORT 057'],
  // 045: a mediator in a participle after a comma
  ['The talks, mediated by Egypt and Qatar, are aimed at a truce.', { Egypt: 'EGY', Qatar: 'QAT' }, 'CONSULT 045'],
  ['The two sides resumed negotiations in Jeddah on Thursday, mediated by Saudi Arabia.', { 'The two sides': 'SDN MIL', 'Saudi Arabia': 'SAU' }, 'CONSULT 045'],
  // 062: drills held together
  ['Russia and China staged naval drills together in the Sea of Japan.', { Russia: 'RUS', China: 'CHN' }, 'COOPERATE 062'],
  // 051: gratitude for another's help, being grateful to Y
  ["Zelensky expressed gratitude for Denmark's support.", { Zelensky: 'UKR GOV', Denmark: 'DNK' }, 'SUPPORT 051'],
  ['Zelensky expressed gratitude for the support of Denmark.', { Zelensky: 'UKR GOV', Denmark: 'DNK' }, 'SUPPORT 051'],
  ['Ukraine is grateful to the United States for its support.', { Ukraine: 'UKR', 'the United States': 'USA' }, 'SUPPORT 051'],
  // 087: military strikes halted
  ['Turkey halted its air strikes on Kurdish positions on Tuesday.', { Turkey: 'TUR' }, 'RETREAT 087'],
];

/** [sentence, actors, a "PLOVER" or "PLOVER cameo" that must not appear] */
const negatives: [string, Actors, string][] = [
  ['Shareholders backed the board in the takeover battle for Rolls-Royce.', { Shareholders: '- BUS', 'the board': '- BUS' }, 'COOPERATE'],
  ['The trees sheltered the villagers from the storm.', { 'the villagers': 'PHL CVL' }, 'AID'],
  ['The central bank cut prices of bonds as strikes hit output.', { 'The central bank': 'GBR GOV' }, 'CONCEDE'],
  ['The coach accepted the resignation of his assistant.', { 'The coach': '- CVL' }, 'CONCEDE'],
  ['The union and the government signed a deal on Sunday, ending a two-week strike at the port.', { 'The union': 'POL LAB', 'the government': 'POL GOV' }, 'RETREAT'],
  ['The carrier flew 30 tonnes of cargo into Frankfurt for its customers.', { 'The carrier': 'DEU BUS' }, 'AID'],
  ['The minister named a special envoy to the climate talks.', { 'The minister': 'GBR GOV' }, 'CONSULT'],
  // a standing position is no new commitment
  ['Lavrov said Moscow remained open to dialogue with Washington.', { Lavrov: 'RUS GOV', Moscow: 'RUS GOV', Washington: 'USA GOV' }, 'AGREE'],
  // the content of an order or call is no act of the one ordered
  ['The authorities should order the fighters to lay down their arms.', { 'The authorities': 'UKR GOV', 'the fighters': 'UKR MIL' }, 'RETREAT'],
  // business and background look-alikes seen on real news
  ['The shareholders did not extend an agreement to tender their shares.', { 'The shareholders': 'CAN BUS' }, 'SUPPORT'],
  ['Congress passed a relief bill for farmers hit by the drought.', { Congress: 'USA LEG' }, 'AID'],
  ['Erdogan dropped his resistance to Finland joining NATO after crunch talks.', { Erdogan: 'TUR GOV', Finland: 'FIN', NATO: '- IGO' }, 'CONSULT 046'],
  ['The union will attend wage talks with management on Monday.', { 'The union': 'GBR LAB' }, 'CONSULT'],
  ['The government agreed to increase support for farmers.', { 'The government': 'FRA GOV', farmers: 'FRA AGR' }, 'AGREE'],
  ['Saudi Arabia launched air strikes in Yemen to restore the ousted president.', { 'Saudi Arabia': 'SAU', Yemen: 'YEM' }, 'CONCEDE'],
  ['Oil from Russia reached India by tanker.', { Russia: 'RUS', India: 'IND' }, 'AID'],
  ['The bank wrote off bad loans to the developer.', { 'The bank': 'CHN BUS', 'the developer': 'CHN BUS' }, 'AID'],
  ['Russian warplanes flew into Turkish airspace.', { 'Russian warplanes': 'RUS MIL', Turkish: 'TUR' }, 'CONSULT'],
  ['Putin sent New Year greetings to Kim Jong Un.', { Putin: 'RUS GOV', 'Kim Jong Un': 'PRK GOV' }, 'SUPPORT'],
  ['Elections were held between March and May in Nigeria.', { Nigeria: 'NGA' }, 'CONSULT'],
  ['The unit is offering 100 mln dlrs of mortgage obligations.', { 'The unit': 'USA GOV' }, 'AGREE'],
  ['The builder received a 517 mln dlr construction contract from the Army.', { 'The builder': 'USA GOV', 'the Army': 'USA MIL' }, 'AID'],
  ['NATO members have promised to spend $170bn more on defence.', { NATO: '- IGO' }, 'AGREE'],
  ['The minister left for London on Friday for medical treatment.', { 'The minister': 'NGA GOV', London: 'GBR' }, 'CONSULT'],
  ['The bank sent financial advisers to Athens to help with the sale.', { 'The bank': 'USA BUS', Athens: 'GRC' }, 'COOPERATE'],
  ['Police will deploy to the stadium for the final.', { Police: 'GBR COP' }, 'AID'],
  ['The utility restored power to 20,000 homes after the storm.', { 'The utility': 'USA BUS' }, 'CONCEDE'],
  ['According to data provided by the ministry, prices rose 3 percent.', { 'the ministry': 'UKR GOV' }, 'COOPERATE'],
  ['The executives helped the firm evade sanctions.', { 'The executives': 'RUS BUS', 'the firm': 'RUS BUS' }, 'AID'],
  ['The retailer cut fuel prices at its stations on Monday.', { 'The retailer': 'GBR BUS' }, 'CONCEDE'],
  ['The regulator said it subsidized the merger of the two banks.', { 'The regulator': 'USA GOV' }, 'AID'],
  ['The sanctions hit the ability of Moscow to finance the war in Ukraine.', { Moscow: 'RUS GOV', Ukraine: 'UKR' }, 'AID'],
  ['The firm sold its farm equipment operations to a German rival.', { 'The firm': 'USA BUS', German: 'DEU' }, 'AID'],
  ['Madagascar has signed oil exploration agreements with four foreign companies.', { Madagascar: 'MDG', 'four foreign companies': '- BUS' }, 'SUPPORT'],
  ['Britain may pull out of the European helicopter project.', { Britain: 'GBR' }, 'RETREAT'],
  ['Putin offered to send free grain to African countries.', { Putin: 'RUS GOV' }, 'AGREE 0353'],
  ['Police said the militants had set up training camps for recruits in the hills.', { 'the militants': 'PAK REB' }, 'COOPERATE'],
];

describe('round 5 (vc) vocabulary: positives', () => {
  for (const [text, actors, want] of positives) {
    it(`${want}: ${text}`, () => {
      expect(types(text, actors)).toContain(want);
    });
  }
});

describe('round 5 (vc) vocabulary: look-alikes stay uncoded', () => {
  for (const [text, actors, banned] of negatives) {
    it(`no ${banned}: ${text}`, () => {
      expect(types(text, actors).filter((t) => t === banned || t.startsWith(`${banned} `))).toEqual([]);
    });
  }
});

describe('round 5 (vc): one concession, one event', () => {
  it('a resignation announced while caving in to protests is one concession (0831), not also a bare 080', () => {
    const got = types('The prime minister announced the resignation of his government on Wednesday, caving in to street protests.', {
      'The prime minister': 'BGR GOV',
    });
    expect(got.filter((t) => t.startsWith('CONCEDE'))).toEqual(['CONCEDE 0831']);
  });
});

describe('round 5 (vc): modality', () => {
  it('considering talks is hypothetical', () => {
    const got = code(stage, 'Tehran would consider resuming talks with Washington.', { Tehran: 'IRN GOV', Washington: 'USA GOV' }).events;
    expect(got.map((e) => `${e.plover} ${e.modality}`)).toEqual(['CONSULT hypothetical']);
  });
});

describe('round 5 (vc): a deal brokered after a comma stays a signed deal too', () => {
  it('signed a deal in Istanbul, brokered by Turkey: 057 and 045', () => {
    const got = types('Russia and Ukraine signed a deal in Istanbul, brokered by Turkey, that will allow grain exports.', {
      Russia: 'RUS',
      Ukraine: 'UKR',
      Turkey: 'TUR',
    });
    expect(got).toContain('SUPPORT 057');
    expect(got).toContain('CONSULT 045');
  });
});
