import { describe, expect, it } from 'vitest';
import { events } from './index.js';
import { brief, code } from './test-helpers.js';

/**
 * Vocabulary of CAMEO 02 appeal, 03 intent, 10 demand, 12 reject and 13 threaten (PLOVER REQUEST,
 * AGREE, REJECT, THREATEN): the common wire wordings of each code, one sentence per pattern family,
 * written for these tests; actors put in by hand. Negatives: metaphors, business and predictions.
 */
const stage = events();
const run = (text: string, actors: Record<string, string>) => code(stage, text, actors).events.map(brief);
const types = (text: string, actors: Record<string, string>) => run(text, actors).map((b) => b.split(' ').slice(0, 2).join(' '));

describe('REQUEST: appeals (02x)', () => {
  it('called for Y to step down; urged Y to resign', () => {
    expect(run('Protesters called for President Xi to step down.', { Protesters: 'CHN CVL', 'President Xi': 'CHN GOV' })).toEqual([
      'REQUEST 0241 Protesters -> President Xi asserted',
    ]);
    expect(types('The opposition called for the prime minister to resign.', { 'The opposition': 'THA OPP', 'the prime minister': 'THA GOV' })).toEqual([
      'REQUEST 0241',
    ]);
  });
  it('implored Y (by video link on Thursday) to give weapons; pleaded with Y for air defence', () => {
    expect(
      run('Zelensky implored NATO leaders by video link on Thursday to give Kyiv more tanks.', {
        Zelensky: 'UKR GOV',
        'NATO leaders': '- IGO',
        Kyiv: 'UKR GOV',
      })[0],
    ).toBe('REQUEST 0232 Zelensky -> NATO leaders asserted');
    expect(types('Kyiv pleaded with the West for air defence systems.', { Kyiv: 'UKR GOV', 'the West': '- IGO' })).toEqual(['REQUEST 0232']);
  });
  it('pressed Y for; sought the extradition of; asked Y to extradite', () => {
    expect(types('Germany pressed Hungary for a quick decision.', { Germany: 'DEU', Hungary: 'HUN' })).toEqual(['REQUEST 020']);
    expect(run('Britain sought the extradition of the two suspects from Russia.', { Britain: 'GBR', Russia: 'RUS' })).toEqual([
      'REQUEST 0213 Britain -> Russia asserted',
    ]);
    expect(types('Turkey asked Sweden to extradite dozens of Kurdish militants.', { Turkey: 'TUR', Sweden: 'SWE' })).toEqual(['REQUEST 0213']);
  });
  it("solicited Y's support; sought assurances from Y; requested that Y", () => {
    expect(types("Seoul solicited Washington's support for the plan.", { Seoul: 'KOR GOV', Washington: 'USA GOV' })).toEqual(['REQUEST 022']);
    expect(types('The foreign minister sought assurances from Beijing.', { 'The foreign minister': 'AUS GOV', Beijing: 'CHN GOV' })).toEqual([
      'REQUEST 020',
    ]);
    expect(types('Poland requested that NATO deploy more troops on its territory.', { Poland: 'POL', NATO: '- IGO' })).toEqual(['REQUEST 020']);
  });
  it('invited Y to talks; urged both sides to return to the negotiating table; expects Y to recognise', () => {
    expect(types('Egypt invited Israel and Hamas to talks in Cairo.', { Egypt: 'EGY', Israel: 'ISR', Hamas: 'PSE REB' })).toEqual(['REQUEST 026']);
    expect(types('The UN chief urged both sides to return to the negotiating table.', { 'The UN chief': '- IGO' })).toEqual(['REQUEST 026']);
    expect(types('Ukraine expects the EU to recognize its European perspective.', { Ukraine: 'UKR', 'the EU': '- IGO' })).toEqual(['REQUEST 022']);
  });
});

describe('REQUEST: demands (10x)', () => {
  it('told Y to withdraw (gold README); presented demands to Y', () => {
    expect(run('The president told Russia to withdraw its troops.', { 'The president': 'USA GOV', Russia: 'RUS' })).toEqual([
      'REQUEST 1056 The president -> Russia asserted',
    ]);
    expect(run('Iran presented a list of demands to the United States.', { Iran: 'IRN', 'the United States': 'USA' })).toEqual([
      'REQUEST 100 Iran -> the United States asserted',
    ]);
  });
  it('marched to demand the withdrawal of a bill', () => {
    expect(types('Tens of thousands marched to demand the withdrawal of the extradition bill.', { 'Tens of thousands': 'HKG CVL' })).toContain(
      'REQUEST 1042',
    );
  });
});

describe('AGREE (03x)', () => {
  it('agreed to reopen embassies; pledged to renounce force', () => {
    expect(types('Ethiopia and Eritrea agreed on Monday to reopen embassies and resume flights.', { Ethiopia: 'ETH', Eritrea: 'ERI' })).toEqual([
      'AGREE 032',
    ]);
    expect(types('Yeltsin and Maskhadov signed a treaty, pledging to renounce forever the use of force.', { Yeltsin: 'RUS GOV', Maskhadov: 'RUS REB' })).toContain(
      'AGREE 0356',
    );
  });
  it('assured Y of support; promised Y loans; agreed to cooperate with the tribunal', () => {
    expect(run('Biden assured Zelensky of continued U.S. support.', { Biden: 'USA GOV', Zelensky: 'UKR GOV' })).toEqual(['AGREE 032 Biden -> Zelensky asserted']);
    expect(types('China promised Pakistan new loans.', { China: 'CHN', Pakistan: 'PAK' })).toEqual(['AGREE 0331']);
    expect(types('The government agreed to cooperate with the tribunal.', { 'The government': 'HRV GOV', 'the tribunal': '- JUD' })).toEqual(['AGREE 0313']);
  });
  it('expressed readiness to help; undertook to hand power to civilians; accepted an invitation to visit', () => {
    expect(types('Turkey expressed readiness to help rebuild Syria.', { Turkey: 'TUR', Syria: 'SYR' })).toEqual(['AGREE 033']);
    expect(types('The general undertook to hand power to a civilian government.', { 'The general': 'SDN MIL' })).toEqual(['AGREE 0341']);
    expect(types('The minister accepted an invitation to visit Beijing.', { 'The minister': 'AUS GOV', Beijing: 'CHN GOV' })).toEqual(['AGREE 036']);
  });
});

describe('REJECT (12x)', () => {
  it('declined an offer of escorts / of food aid', () => {
    expect(types('Kuwait had earlier declined an offer of U.S. naval escorts.', { Kuwait: 'KWT', 'U.S.': 'USA' })).toEqual(['REJECT 1212']);
    expect(types("Pyongyang spurned Seoul's offer of food aid.", { Pyongyang: 'PRK GOV', Seoul: 'KOR GOV' })).toEqual(['REJECT 122']);
  });
  it('vowed never to cooperate with the probe; said it would not give up territory', () => {
    expect(types('Duterte vowed never to cooperate with the probe.', { Duterte: 'PHL GOV' })).toEqual(['REJECT 1213']);
    expect(types('Zelensky said Kyiv would not give up any of its territory.', { Zelensky: 'UKR GOV', Kyiv: 'UKR GOV' })).toEqual(['REJECT 124']);
  });
  it('ruled out talks with Y; refused to extradite; refused to allow inspectors', () => {
    expect(run('Zelensky ruled out talks with Moscow.', { Zelensky: 'UKR GOV', Moscow: 'RUS GOV' })).toEqual(['REJECT 125 Zelensky -> Moscow asserted']);
    expect(types('The court refused to extradite Assange to the United States.', { 'The court': 'GBR JUD', Assange: 'AUS', 'the United States': 'USA' })).toEqual([
      'REJECT 1213',
    ]);
    expect(types('Tehran refused to allow IAEA inspectors into the site.', { Tehran: 'IRN GOV', IAEA: '- IGO' })).toEqual(['REJECT 1245']);
  });
  it("rejected the court ruling; rebuffed Y's calls for a ceasefire", () => {
    expect(types('The government rejected the court ruling.', { 'The government': 'POL GOV' })).toEqual(['REJECT 128']);
    expect(run('Israel rebuffed U.S. calls for a ceasefire.', { Israel: 'ISR', 'U.S.': 'USA' })).toEqual(['REJECT 1246 Israel -> U.S. asserted']);
  });
});

describe('THREATEN (13x)', () => {
  it('gave Y a week to ... or face; vowed Y would be defeated', () => {
    expect(
      types('ECOWAS gave the coup leaders a week to reinstate Bazoum or face military intervention.', {
        ECOWAS: '- IGO',
        'the coup leaders': 'NER MIL',
        Bazoum: 'NER GOV',
      }),
    ).toEqual(['THREATEN 139']);
    expect(run('Saddam vowed that the coalition would be defeated.', { Saddam: 'IRQ GOV', 'the coalition': '- MIL' })).toEqual([
      'THREATEN 138 Saddam -> the coalition asserted',
    ]);
  });
  it('warned Y to stay off; issued a threat against Y; reserved the right to retaliate', () => {
    expect(types('Police warned protesters to stay off the streets.', { Police: 'SRB COP', protesters: 'SRB CVL' })).toEqual(['THREATEN 130']);
    expect(run('The Kremlin issued a threat against Lithuania.', { 'The Kremlin': 'RUS GOV', Lithuania: 'LTU' })).toEqual([
      'THREATEN 130 The Kremlin -> Lithuania asserted',
    ]);
    expect(types('Russia said it reserved the right to retaliate.', { Russia: 'RUS' })).toEqual(['THREATEN 138']);
  });
  it('threatened Y with a crushing response; threatened a general strike', () => {
    expect(types('Iran threatened Israel with a crushing response.', { Iran: 'IRN', Israel: 'ISR' })).toEqual(['THREATEN 138']);
    expect(types('The unions threatened a general strike.', { 'The unions': 'FRA LAB' })).toEqual(['THREATEN 133']);
  });
});

describe('not events: metaphors, business, predictions', () => {
  it('codes nothing', () => {
    expect(run('The price war threatened the airline profits.', {})).toEqual([]);
    expect(run('Analysts warned that inflation would rise.', {})).toEqual([]);
    expect(run('The company asked investors for patience.', { 'The company': 'USA BUS' })).toEqual([]);
    expect(run('Markets rallied after the Fed signalled it would pause.', { 'the Fed': 'USA GOV' })).toEqual([]);
    expect(run('The minister expects inflation to fall.', { 'The minister': 'GBR GOV' })).toEqual([]);
    expect(run('The spokesman declined an invitation to comment.', { 'The spokesman': 'USA GOV' })).toEqual([]);
    expect(run('The United States and NATO delivered their written responses to Russian security demands.', { 'The United States': 'USA', NATO: '- IGO' })).toEqual([]);
  });
});

describe('second sweep', () => {
  it('REQUEST: asked Y not to; asked for Y\'s help; set conditions for talks', () => {
    expect(run('The envoy asked Israel not to expand the settlements.', { 'The envoy': 'USA GOV', Israel: 'ISR' })).toEqual(['REQUEST 020 The envoy -> Israel asserted']);
    expect(types("The rebels asked for Russia's help.", { 'The rebels': 'SYR REB', Russia: 'RUS' })).toEqual(['REQUEST 023']);
    expect(types('The rebels set conditions for talks with the government.', { 'The rebels': 'COL REB', 'the government': 'COL GOV' })).toEqual(['REQUEST 100']);
  });
  it('AGREE: promised to help rebuild; offered Y a deal / an amnesty; agreed to join the coalition', () => {
    expect(types('Kishida promised to help rebuild power plants in Ukraine.', { Kishida: 'JPN GOV', Ukraine: 'UKR' })).toEqual(['AGREE 033']);
    expect(run('Putin offered Kyiv a ceasefire deal.', { Putin: 'RUS GOV', Kyiv: 'UKR GOV' })).toEqual(['AGREE 030 Putin -> Kyiv asserted']);
    expect(types('The junta offered the rebels an amnesty.', { 'The junta': 'MMR MIL', 'the rebels': 'MMR REB' })).toEqual(['AGREE 035']);
    expect(types('Canada agreed to join the coalition against Islamic State.', { Canada: 'CAN' })).toEqual(['AGREE 030']);
  });
  it("REJECT: refused Y's request; denied a request for overflight; resisted calls; turned its back on; defied Y", () => {
    expect(run("Washington refused Tehran's request for a meeting.", { Washington: 'USA GOV', Tehran: 'IRN GOV' })).toEqual(['REJECT 120 Washington -> Tehran asserted']);
    expect(types('The government denied a request for overflight by Russian jets.', { 'The government': 'BGR GOV' })).toEqual(['REJECT 120']);
    expect(types('The president resisted calls to resign.', { 'The president': 'PER GOV' })).toEqual(['REJECT 120']);
    expect(types('Trump turned his back on the nuclear deal.', { Trump: 'USA GOV' })).toEqual(['REJECT 120']);
    expect(types('Pyongyang defied the United Nations by testing another missile.', { Pyongyang: 'PRK GOV', 'the United Nations': '- IGO' })).toContain('REJECT 128');
  });
  it('THREATEN: threatened to execute; to close the strait; legal action', () => {
    expect(types('The militants threatened to execute the hostages.', { 'The militants': 'IRQ REB' })).toEqual(['THREATEN 138']);
    expect(types('Iran threatened to close the Strait of Hormuz.', { Iran: 'IRN' })).toEqual(['THREATEN 1381']);
    expect(types('The minister threatened legal action against the broadcaster.', { 'The minister': 'GBR GOV' })).toEqual(['THREATEN 130']);
  });
  it('not events: step up is not step down; responses to demands; sport and business', () => {
    expect(types('Britain urged its allies to step up arms deliveries.', { Britain: 'GBR' })).not.toContain('REQUEST 0241');
    expect(types('The allies agreed to step up cooperation.', { 'The allies': '- IGO' })).not.toContain('AGREE 0341');
    expect(run('The company denied a request for comment.', { 'The company': 'USA BUS' })).toEqual([]);
    expect(run('The player turned his back on the club.', {})).toEqual([]);
    expect(run('The team threatened to win the title.', {})).toEqual([]);
  });
});

describe('third sweep', () => {
  it('REQUEST: request Y to; renewed / joined calls for; urged a peaceful solution; demanded to know', () => {
    expect(types('The government may request the court to make a judgment.', { 'The government': 'SUR GOV', 'the court': '- JUD' })).toEqual(['REQUEST 020']);
    expect(run('Russia renewed its call for talks with Ukraine.', { Russia: 'RUS', Ukraine: 'UKR' })).toEqual(['REQUEST 026 Russia -> Ukraine asserted']);
    expect(types('The pope repeated his appeal for a ceasefire in Gaza.', { 'The pope': 'VAT REL' })).toEqual(['REQUEST 0256']);
    expect(types('France joined calls for the release of the journalists.', { France: 'FRA' })).toEqual(['REQUEST 0253']);
    expect(types('The UN urged a peaceful solution to the crisis.', { 'The UN': '- IGO' })).toEqual(['REQUEST 027']);
    expect(types('The senators demanded to know why the strike was ordered.', { 'The senators': 'USA LEG' })).toEqual(['REQUEST 100']);
    expect(types('Iran renewed its demand for compensation.', { Iran: 'IRN' })).toEqual(['REQUEST 100']);
  });
  it("AGREE: agreed to Y's request; offered its good offices", () => {
    expect(run("Turkey agreed to Finland's request for talks.", { Turkey: 'TUR', Finland: 'FIN' })).toEqual(['AGREE 030 Turkey -> Finland asserted']);
    expect(types('Switzerland offered its good offices.', { Switzerland: 'CHE' })).toEqual(['AGREE 039']);
  });
  it('REJECT: passive rejection; stonewalled; dug in its heels; refused to budge; would never bow to pressure; stood firm', () => {
    expect(run('The proposal was rejected by Moscow.', { Moscow: 'RUS GOV' })).toEqual(['REJECT 120 Moscow -> asserted']);
    expect(types('The government stonewalled the inquiry.', { 'The government': 'GBR GOV' })).toEqual(['REJECT 120']);
    expect(types('Athens dug in its heels over the bailout terms.', { Athens: 'GRC GOV' })).toEqual(['REJECT 124']);
    expect(types('The president refused to budge.', { 'The president': 'VEN GOV' })).toEqual(['REJECT 124']);
    expect(types('Tehran said it would never bow to pressure.', { Tehran: 'IRN GOV' })).toEqual(['REJECT 124']);
    expect(types('Beijing stood firm against the pressure.', { Beijing: 'CHN GOV' })).toEqual(['REJECT 124']);
  });
  it('THREATEN: warned Y off', () => {
    expect(run('The Kremlin warned NATO off.', { 'The Kremlin': 'RUS GOV', NATO: '- IGO' })).toEqual(['THREATEN 130 The Kremlin -> NATO asserted']);
  });
  it('not events: phone calls, business calls, prices holding firm, bowing to pressure is a concession', () => {
    expect(run('The minister made phone calls to his counterparts.', { 'The minister': 'FRA GOV' })).toEqual([]);
    expect(run('The bank joined calls for lower rates.', { 'The bank': 'USA BUS' })).toEqual([]);
    expect(run('Oil prices held firm on Monday.', {})).toEqual([]);
    expect(types('The government bowed to pressure and scrapped the tax.', { 'The government': 'FRA GOV' })).not.toContain('REJECT 124');
    expect(run('The minister had not put a figure on his demands.', { 'The minister': 'GBR GOV' })).toEqual([]);
  });
});

describe('fourth sweep', () => {
  it("REJECT: brushed off Y's demand to halt ... to Z", () => {
    expect(
      types("Washington brushed off Beijing's demand to halt arms sales to Taipei.", { Washington: 'USA GOV', Beijing: 'CHN GOV', Taipei: 'TWN GOV' }),
    ).toEqual(['REJECT 120']);
  });
  it('THREATEN: 72 hours to leave after an expulsion is the expulsion, not an ultimatum', () => {
    expect(types("Mali's junta expelled the French ambassador, giving him 72 hours to leave.", { "Mali's junta": 'MLI MIL', 'French ambassador': 'FRA GOV' })).toEqual([
      'SANCTION 161',
    ]);
    expect(types('The rebels gave the army 48 hours to withdraw from the city.', { 'The rebels': 'LBY REB', 'the army': 'LBY MIL' })).toEqual(['THREATEN 139']);
  });
});

describe('fifth sweep (misses read in real news, sentences rewritten)', () => {
  it('REQUEST: demanded sanctions on Y; called for an embargo; urged other leaders to; demanded a promise; asked for tanks', () => {
    expect(run('The minister demanded a new round of sanctions on Russia.', { 'The minister': 'UKR GOV', Russia: 'RUS' })).toEqual([
      'REQUEST 100 The minister -> Russia asserted',
    ]);
    expect(types('The president called for an oil embargo in his evening address.', { 'The president': 'UKR GOV' })).toEqual(['REQUEST 020']);
    expect(types('The prime minister is urging other leaders to endorse the plan.', { 'The prime minister': 'GBR GOV' })).toEqual(['REQUEST 020']);
    expect(types('Moscow demanded a promise from the alliance never to admit Georgia.', { Moscow: 'RUS GOV', 'the alliance': '- IGO' })).toEqual(['REQUEST 100']);
    expect(types('Kyiv asked for more tanks.', { Kyiv: 'UKR GOV' })).toEqual(['REQUEST 0232']);
  });
  it('THREATEN: pledged countermeasures; vowed to make Y pay', () => {
    expect(types('The deputy minister pledged countermeasures.', { 'The deputy minister': 'RUS GOV' })).toEqual(['THREATEN 130']);
    expect(run('The president vowed to make Moscow pay for the attack.', { 'The president': 'USA GOV', Moscow: 'RUS GOV' })).toEqual([
      'THREATEN 130 The president -> Moscow asserted',
    ]);
  });
  it('REJECT: rejected neutrality / diplomacy', () => {
    expect(types('The government rejected neutrality.', { 'The government': 'FIN GOV' })).toEqual(['REJECT 120']);
  });
  it('not events: business bans, sport, voting power', () => {
    expect(run('The bank called for a ban on short selling.', { 'The bank': 'USA BUS' })).toEqual([]);
    expect(run('The coach urged his players to stay calm.', {})).toEqual([]);
    expect(types('The delegates asked for their voting power to be raised.', { 'The delegates': 'JPN GOV' })).not.toContain('REQUEST 020');
  });
});

describe("AGREE: leaders' readouts", () => {
  it('agreed to maintain contacts / continue coordination / set up a commission / become a guarantor', () => {
    expect(run('Putin and Erdogan agreed to maintain contacts.', { Putin: 'RUS GOV', Erdogan: 'TUR GOV' })).toEqual(['AGREE 036 Putin+Erdogan -> Putin+Erdogan asserted']);
    expect(types('Zelensky and Macron agreed to continue coordination at different levels.', { Zelensky: 'UKR GOV', Macron: 'FRA GOV' })).toEqual(['AGREE 030']);
    expect(types('Putin and Lukashenko agreed to set up a joint commission on the issue.', { Putin: 'RUS GOV', Lukashenko: 'BLR GOV' })).toEqual(['AGREE 030']);
    expect(run("Italy has agreed to become one of the guarantors of Ukraine's security.", { Italy: 'ITA', Ukraine: 'UKR' })).toEqual(['AGREE 0334 Italy -> Ukraine asserted']);
  });
  it('a decision to join is not a commitment to a partner', () => {
    expect(types('Ukraine decided long ago to join the alliance.', { Ukraine: 'UKR' })).not.toContain('AGREE 030');
  });
});

describe('sixth sweep: Reuters wordings, and false positives read in real news', () => {
  it('refused to testify before Congress; demanded a plan; asked Y to assist in the investigation; warned it would react', () => {
    expect(run('The admiral has refused to testify before Congress.', { 'The admiral': 'USA GOV', Congress: 'USA LEG' })).toEqual([
      'REJECT 1213 The admiral -> Congress asserted',
    ]);
    expect(types('Congress has demanded a detailed security plan.', { Congress: 'USA LEG' })).toEqual(['REQUEST 100']);
    expect(types('German police asked Swiss prosecutors to assist in the investigation.', { 'German police': 'DEU COP', 'Swiss prosecutors': 'CHE JUD' })).toEqual([
      'REQUEST 0213',
    ]);
    expect(types('The EU warned that it would react to any such moves.', { 'The EU': '- IGO' })).toEqual(['THREATEN 130']);
  });
  it('not events: undertaken reforms, a labour strike threat as force, declining to hear an appeal, domestic demand, granting immunity, agreeing on the need', () => {
    expect(run('Indonesia has undertaken reforms to cut costs.', { Indonesia: 'IDN' })).toEqual([]);
    expect(types('The workers threatened to strike.', { 'The workers': 'NZL LAB' })).not.toContain('THREATEN 138');
    expect(run('The Supreme Court declined to hear an appeal.', { 'The Supreme Court': 'USA JUD' })).toEqual([]);
    expect(run('The prime minister has set the expansion of domestic demand as a goal.', { 'The prime minister': 'JPN GOV' })).toEqual([]);
    expect(types('She decided to grant immunity to the witness.', { She: 'USA GOV' })).not.toContain('AGREE 035');
    expect(types('Norway and the Netherlands agreed on the need to go further after a meeting.', { Norway: 'NOR', 'the Netherlands': 'NLD' })).not.toContain('AGREE 036');
  });
});

describe('specific codes after urge / demand / reject / threaten', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['Washington urged Seoul to share intelligence on the launches.', { Washington: 'USA GOV', Seoul: 'KOR GOV' }, 'REQUEST 0214'],
    ['The EU urged China to open its markets.', { 'The EU': '- IGO', China: 'CHN' }, 'REQUEST 0211'],
    ['Washington asked Japan to join the coalition.', { Washington: 'USA GOV', Japan: 'JPN' }, 'REQUEST 0212'],
    ['Kyiv urged Israel to recognise the famine as genocide.', { Kyiv: 'UKR GOV', Israel: 'ISR' }, 'REQUEST 022'],
    ['Brussels urged London to reconsider its decision.', { Brussels: '- IGO', London: 'GBR GOV' }, 'REQUEST 0242'],
    ['The UN urged Myanmar to respect the rights of the Rohingya.', { 'The UN': '- IGO', Myanmar: 'MMR' }, 'REQUEST 0243'],
    ['Amnesty urged Cairo to lift the state of emergency.', { Amnesty: '- NGO', Cairo: 'EGY GOV' }, 'REQUEST 0251'],
    ['The president urged protesters to end their protests.', { 'The president': 'SRB GOV', protesters: 'SRB CVL' }, 'REQUEST 0252'],
    ['Guterres urged Russia to allow humanitarian access to Mariupol.', { Guterres: '- IGO', Russia: 'RUS' }, 'REQUEST 0255'],
    ['Cairo urged Khartoum to accept African Union mediation.', { Cairo: 'EGY GOV', Khartoum: 'SDN GOV' }, 'REQUEST 028'],
    ['Protesters demanded the dissolution of parliament.', { Protesters: 'THA CVL' }, 'REQUEST 1044'],
    ['The opposition called for an end to military rule.', { 'The opposition': 'MMR OPP' }, 'REQUEST 1044'],
    ['Lawyers demanded the lifting of the state of emergency.', { Lawyers: 'PAK CVL' }, 'REQUEST 1051'],
    ['The government demanded an end to the strikes.', { 'The government': 'FRA GOV' }, 'REQUEST 1052'],
    ['Moscow rejected the gas deal offered by Kyiv.', { Moscow: 'RUS GOV', Kyiv: 'UKR GOV' }, 'REJECT 1211'],
    ["Washington turned down Manila's request for military aid.", { Washington: 'USA GOV', Manila: 'PHL GOV' }, 'REJECT 122'],
    ['The government rejected calls to scrap the tax.', { 'The government': 'FRA GOV' }, 'REJECT 1232'],
    ['The army refused to lift the curfew.', { 'The army': 'THA MIL' }, 'REJECT 1241'],
    ['The president threatened to impose martial law.', { 'The president': 'PHL GOV' }, 'THREATEN 132'],
    ['Ankara threatened to recall its ambassador.', { Ankara: 'TUR GOV' }, 'THREATEN 1313'],
  ];
  for (const [text, actors, want] of cases) it(text, () => expect(types(text, actors)).toContain(want));
  it('not an event: storms threatening a closure', () => {
    expect(run('Storms threatened the closure of the port.', {})).toEqual([]);
  });
});

describe('passive rejections', () => {
  it('a request ... was denied by X', () => {
    expect(types('A U.S. request for access to the base was denied by Turkey.', { 'U.S.': 'USA', Turkey: 'TUR' })).toEqual(['REJECT 120']);
  });
});

describe('ties, military cooperation, refusing to condemn', () => {
  it('vowed to deepen defence ties; called for military-technical cooperation; refused to condemn / oppose Y', () => {
    expect(types('Xi Jinping and Alexander Lukashenko vowed to deepen defense and security ties.', { 'Xi Jinping': 'CHN GOV', 'Alexander Lukashenko': 'BLR GOV' })).toEqual([
      'AGREE 0312',
    ]);
    expect(types('The ministry calls for further intensification of bilateral military-technical cooperation.', { 'The ministry': 'UKR GOV' })).toEqual(['REQUEST 0212']);
    expect(run('India declined to condemn Moscow.', { India: 'IND', Moscow: 'RUS GOV' })).toEqual(['REJECT 120 India -> Moscow asserted']);
    expect(types("China has refused to oppose Russia's invasion.", { China: 'CHN', Russia: 'RUS' })).toContain('REJECT 120');
  });
  it('not events: a central bank strengthening its balance sheet; making others accept demands', () => {
    expect(run('The Fed vowed to strengthen its balance sheet.', { 'The Fed': 'USA GOV' })).toEqual([]);
    expect(types('He believes he can make European leaders accept his demands.', { He: 'RUS GOV' })).not.toContain('REQUEST 100');
  });
});

describe('threat content and apologies', () => {
  it('warned Y that it would push for sanctions is one THREATEN 1312, no REQUEST', () => {
    expect(types('Washington warned Tehran that it would push for U.N. sanctions if Iran did not halt enrichment.', { Washington: 'USA GOV', Tehran: 'IRN GOV', Iran: 'IRN', 'U.N.': '- IGO' })).toEqual([
      'THREATEN 1312',
    ]);
  });
  it('asking Y for forgiveness is an apology, not a request', () => {
    expect(types('The president asked Namibians for forgiveness.', { 'The president': 'DEU GOV', Namibians: 'NAM' })).not.toContain('REQUEST 020');
  });
});

describe('appeals to settle a dispute in court', () => {
  it('urged (an unnamed loser) to take grievances to the courts; urged both parties to settle their dispute', () => {
    expect(types('The AU chairman urged the defeated candidate to take any grievances to the courts.', { 'The AU chairman': '- IGO' })).toEqual(['REQUEST 027']);
    expect(types('The EU urged both parties to settle their dispute peacefully.', { 'The EU': '- IGO' })).toEqual(['REQUEST 027']);
  });
});

describe('reneging and offers of talks', () => {
  it('reneged on its pledge (127); made an offer of talks to Y (036)', () => {
    expect(types('Pyongyang reneged on its pledge to freeze the reactor.', { Pyongyang: 'PRK GOV' })).toEqual(['REJECT 127']);
    expect(run('Kyiv made an offer of talks to Moscow.', { Kyiv: 'UKR GOV', Moscow: 'RUS GOV' })).toEqual(['AGREE 036 Kyiv -> Moscow asserted']);
  });
  it('pulling out of a deal is no REJECT (SANCTION 160 in the gold conventions); takeover offers are business', () => {
    expect(types('Russia pulled out of the grain deal.', { Russia: 'RUS' })).not.toContain('REJECT 127');
    expect(run('The firm made an offer for the shares of its rival.', { 'The firm': 'USA BUS' })).toEqual([]);
  });
});

describe('fresh wire sentences (generalisation round)', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['Kabul asked Islamabad to hand over the militant leaders.', { Kabul: 'AFG GOV', Islamabad: 'PAK GOV' }, 'REQUEST 0253'],
    ['The Vatican appealed for an end to the violence in Nicaragua.', { 'The Vatican': 'VAT REL' }, 'REQUEST 0256'],
    ['Farmers demanded higher prices for their crops.', { Farmers: 'IND CVL' }, 'REQUEST 100'],
    ['The union is demanding a 10 percent pay rise.', { 'The union': 'GBR LAB' }, 'REQUEST 100'],
    ['Germany committed to sending 5,000 helmets to Ukraine.', { Germany: 'DEU', Ukraine: 'UKR' }, 'AGREE 0332'],
    ["Georgia's president rebuffed calls from Moscow to resign.", { "Georgia's president": 'GEO GOV', Moscow: 'RUS GOV' }, 'REJECT 1231'],
    ['The Houthis warned shipping companies to avoid the Red Sea.', { 'The Houthis': 'YEM REB' }, 'THREATEN 130'],
    ['The junta warned journalists they would be jailed for spreading rumours.', { 'The junta': 'MMR MIL' }, 'THREATEN 130'],
  ];
  for (const [text, actors, want] of cases) it(text, () => expect(types(text, actors)).toContain(want));
  it('not an appeal for release: restricting tin releases', () => {
    expect(types('The chairman appealed to the United States to restrict its tin releases.', { 'The chairman': 'MYS GOV', 'the United States': 'USA' })).not.toContain('REQUEST 0253');
  });
});

describe('second generalisation round', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['The president appealed to donors for $2 billion to rebuild the country.', { 'The president': 'HTI GOV' }, 'REQUEST 0231'],
    ['The Kremlin signalled readiness to discuss a prisoner swap.', { 'The Kremlin': 'RUS GOV' }, 'AGREE 036'],
    ['The protesters threatened to march on the capital.', { 'The protesters': 'PAK CVL' }, 'THREATEN 133'],
  ];
  for (const [text, actors, want] of cases) it(text, () => expect(types(text, actors)).toContain(want));
  it('rebels threatening to march on the capital is no protest threat', () => {
    expect(types('The rebels threatened to march on the capital.', { 'The rebels': 'COD REB' })).not.toContain('THREATEN 133');
  });
});

describe('third generalisation round', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['The Security Council called on all parties to respect the truce.', { 'The Security Council': '- IGO' }, 'REQUEST 0256'],
    ['The unions demanded the reinstatement of sacked workers.', { 'The unions': 'KOR LAB' }, 'REQUEST 100'],
    ['North Korea threatened to turn Seoul into a sea of fire.', { 'North Korea': 'PRK', Seoul: 'KOR GOV' }, 'THREATEN 138'],
  ];
  for (const [text, actors, want] of cases) it(text, () => expect(types(text, actors)).toContain(want));
  it('an appeal to respect a truce is not the truce itself', () => {
    expect(types('The Security Council called on all parties to respect the truce.', { 'The Security Council': '- IGO' })).not.toContain('RETREAT 0871');
  });
});

describe('economic wire wordings (1980s trade and debt news)', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['Japan agreed to open its rice market to U.S. exports.', { Japan: 'JPN' }, 'AGREE 0311'],
    ['Brazil asked its creditor banks to reschedule its debt.', { Brazil: 'BRA' }, 'REQUEST 0231'],
    ['The U.S. urged Tokyo to stimulate domestic demand.', { 'The U.S.': 'USA', Tokyo: 'JPN GOV' }, 'REQUEST 0211'],
    ['OPEC ministers agreed to cut output.', { 'OPEC ministers': '- IGO' }, 'AGREE 0311'],
    ['The IMF offered Egypt a $3 billion loan.', { 'The IMF': '- IGO', Egypt: 'EGY' }, 'AGREE 0331'],
    ['Seoul pledged to open its markets to foreign banks.', { Seoul: 'KOR GOV' }, 'AGREE 0311'],
    ['Argentina appealed to creditors for debt relief.', { Argentina: 'ARG' }, 'REQUEST 0231'],
    ['Bonn refused to cut interest rates despite U.S. pressure.', { Bonn: 'DEU GOV', 'U.S.': 'USA' }, 'REJECT 120'],
  ];
  for (const [text, actors, want] of cases) it(text, () => expect(types(text, actors)).toContain(want));
  it('a central bank not cutting rates, with no pressure named, is no rejection', () => {
    expect(run('The central bank declined to cut interest rates on Tuesday.', { 'The central bank': 'DEU GOV' })).toEqual([]);
  });
});

describe('formal requests and assurances', () => {
  it('made a formal request to Y for peacekeepers (0234); gave assurances that it would allow inspectors back (0355)', () => {
    expect(types('Kenya has made a formal request to the UN for peacekeepers.', { Kenya: 'KEN', 'the UN': '- IGO' })).toEqual(['REQUEST 0234']);
    expect(types('Iraq gave assurances that it would allow inspectors back.', { Iraq: 'IRQ' })).toEqual(['AGREE 0355']);
  });
});

describe('domestic threats', () => {
  it('threatened to deregister NGOs (132); warned politicians / foreign powers not to (130)', () => {
    expect(types('The government threatened to deregister the NGOs.', { 'The government': 'ZWE GOV' })).toEqual(['THREATEN 132']);
    expect(types('The army chief warned politicians not to drag the military into politics.', { 'The army chief': 'PAK MIL' })).toEqual(['THREATEN 130']);
    expect(types('Beijing warned foreign powers not to interfere in Hong Kong.', { Beijing: 'CHN GOV' })).toEqual(['THREATEN 130']);
  });
  it('not events: a law threatening press freedom; a threat to sovereignty as a description', () => {
    expect(run('The new law threatens press freedom.', {})).toEqual([]);
    expect(types('This is a threat to our sovereignty, the minister said.', { 'the minister': 'VEN GOV' })).not.toContain('THREATEN 130');
  });
});

describe('sanction warnings need a sanctioning verb', () => {
  it('warned Y it would face new sanctions is 1312; warning that something would undercut sanctions is no threat', () => {
    expect(types('The EU warned Minsk it would face new sanctions.', { 'The EU': '- IGO', Minsk: 'BLR GOV' })).toEqual(['THREATEN 1312']);
    expect(run("The commission has warned this would undercut the EU's sanctions.", { 'The commission': '- IGO', 'the EU': '- IGO' })).toEqual([]);
  });
});

describe('idioms', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['Tokyo poured cold water on the proposal.', { Tokyo: 'JPN GOV' }, 'REJECT 120'],
    ['Moscow scoffed at the offer.', { Moscow: 'RUS GOV' }, 'REJECT 120'],
    ["Pyongyang shunned Seoul's overtures.", { Pyongyang: 'PRK GOV', Seoul: 'KOR GOV' }, 'REJECT 120'],
    ['The junta ignored calls for the release of Suu Kyi.', { 'The junta': 'MMR MIL', 'Suu Kyi': 'MMR OPP' }, 'REJECT 1243'],
    ['Caracas refused entry to a European Parliament delegation.', { Caracas: 'VEN GOV', 'European Parliament': '- IGO' }, 'REJECT 1245'],
    ['The prime minister extended an olive branch to the rebels.', { 'The prime minister': 'ETH GOV', 'the rebels': 'ETH REB' }, 'AGREE 030'],
    ['Kiev signalled willingness to compromise.', { Kiev: 'UKR GOV' }, 'AGREE 030'],
    ['The rebels held out the prospect of talks.', { 'The rebels': 'YEM REB' }, 'AGREE 036'],
    ['Israel sent a message to Hezbollah that it would not tolerate attacks.', { Israel: 'ISR', Hezbollah: 'LBN REB' }, 'THREATEN 130'],
    ['The ministers called for restraint on both sides.', { 'The ministers': '- IGO' }, 'REQUEST 0256'],
  ];
  for (const [text, actors, want] of cases) it(text, () => expect(types(text, actors)).toContain(want));
});

describe('pressure on Y to', () => {
  it('stepped up / piled / increased pressure on Y to (0256, 0253, 026); the noun alone is no event', () => {
    expect(types('Washington stepped up pressure on Israel to agree to a ceasefire.', { Washington: 'USA GOV', Israel: 'ISR' })).toEqual(['REQUEST 0256']);
    expect(types('The EU piled pressure on Belgrade to hand over the suspects.', { 'The EU': '- IGO', Belgrade: 'SRB GOV' })).toEqual(['REQUEST 0253']);
    expect(types('Western powers increased pressure on Iran to return to talks.', { 'Western powers': '- GOV', Iran: 'IRN' })).toEqual(['REQUEST 026']);
    expect(run('The pressure on Iran to return to talks grew.', { Iran: 'IRN' })).toEqual([]);
  });
});
