import { describe, expect, it } from 'vitest';
import { events } from './index.js';
import { runners } from './test-helpers.js';

/**
 * Recall on wording the first patterns were not written for, CAMEO roots 02-10 (cooperative and
 * verbal events): nominal appeals and offers, phrasal verbs, passives. One sentence per pattern
 * family, written for these tests; actors put in by hand.
 */
const stage = events();
const { run, types } = runners(stage);

describe('REQUEST (02x appeals, 10x demands): nominal and phrasal forms', () => {
  it('issued / made / renewed an appeal, plea or request', () => {
    expect(types('Kenya issued an urgent appeal for food aid.', { Kenya: 'KEN' })).toEqual(['REQUEST 0233']);
    expect(types('Ukraine renewed its request for fighter jets.', { Ukraine: 'UKR' })).toEqual(['REQUEST 0232']);
    expect(run('The minister made a plea to Japan for assistance.', { 'The minister': 'LKA GOV', Japan: 'JPN' })).toEqual([
      'REQUEST 023 The minister -> Japan asserted',
    ]);
  });
  it('turned to Y for help', () => {
    expect(run('Pakistan turned to China for a loan.', { Pakistan: 'PAK', China: 'CHN' })).toEqual(['REQUEST 020 Pakistan -> China asserted']);
  });
  it('requested help / the deployment of troops, sought a meeting of Y', () => {
    expect(types('Mozambique requested international assistance.', { Mozambique: 'MOZ' })).toEqual(['REQUEST 023']);
    expect(types('Pakistan sought an IMF bailout.', { Pakistan: 'PAK' })).toEqual(['REQUEST 0231']);
    expect(types('Haiti requested the deployment of foreign troops.', { Haiti: 'HTI' })).toEqual(['REQUEST 0234']);
    expect(run('Iran sought an emergency meeting of the Security Council.', { Iran: 'IRN', 'the Security Council': '- IGO' })).toEqual([
      'REQUEST 026 Iran -> the Security Council asserted',
    ]);
  });
  it('sought reparations from Y; submitted an application for membership', () => {
    expect(run('Poland sought reparations from Germany.', { Poland: 'POL', Germany: 'DEU' })).toEqual(['REQUEST 0231 Poland -> Germany asserted']);
    expect(run('Sweden submitted its application for NATO membership.', { Sweden: 'SWE', NATO: '- IGO' })).toEqual([
      'REQUEST 020 Sweden -> NATO asserted',
    ]);
  });
});

describe('AGREE (03x): offers, readiness, vows', () => {
  it('offered to host / mediate, readiness to mediate', () => {
    expect(types('Saudi Arabia offered to host talks between Russia and Ukraine.', { 'Saudi Arabia': 'SAU', Russia: 'RUS', Ukraine: 'UKR' })).toEqual([
      'AGREE 039',
    ]);
    expect(types('Turkey signalled its readiness to mediate.', { Turkey: 'TUR' })).toEqual(['AGREE 039']);
    expect(types('Qatar is ready to mediate.', { Qatar: 'QAT' })).toEqual(['AGREE 039']);
  });
  it('ready / willing to talk, ready for talks', () => {
    expect(types('The rebels said they were ready to negotiate.', { 'The rebels': 'COL REB' })[0]).toBe('AGREE 036');
    expect(run('Kyiv is ready for talks with Moscow.', { Kyiv: 'UKR GOV', Moscow: 'RUS GOV' })).toEqual(['AGREE 036 Kyiv -> Moscow asserted']);
  });
  it('vowed to stand by Y; prepared to send weapons; offered a truce', () => {
    expect(types('Britain vowed to stand by Ukraine.', { Britain: 'GBR', Ukraine: 'UKR' })).toEqual(['AGREE 032']);
    expect(types('Germany is prepared to send tanks to Ukraine.', { Germany: 'DEU', Ukraine: 'UKR' })).toEqual(['AGREE 0332']);
    expect(types('The rebels offered a truce over the holiday.', { 'The rebels': 'YEM REB' })).toEqual(['AGREE 0356']);
  });
  it('agreed to allow fuel deliveries is a commitment, not the access itself', () => {
    expect(types('Israel agreed to allow fuel deliveries into Gaza.', { Israel: 'ISR' })).toEqual(['AGREE 0355']);
  });
});

describe('CONSULT (04x): spoke with, paid a visit, played host, rounds of talks, mediators', () => {
  it('spoke with Y; spoke to Y on the phone; not a speech to an audience', () => {
    expect(run('Macron spoke with Putin on Friday.', { Macron: 'FRA GOV', Putin: 'RUS GOV' })).toEqual(['CONSULT 040 Macron -> Putin asserted']);
    expect(run('Macron spoke to Putin on the phone.', { Macron: 'FRA GOV', Putin: 'RUS GOV' })).toEqual(['CONSULT 041 Macron -> Putin asserted']);
    expect(run('Lula spoke to the Bankers Association.', { Lula: 'BRA GOV', 'the Bankers Association': 'USA BUS' })).toEqual([]);
  });
  it('paid / began a visit to Y', () => {
    expect(run('The president paid a state visit to Japan.', { 'The president': 'IDN GOV', Japan: 'JPN' })).toEqual([
      'CONSULT 042 The president -> Japan asserted',
    ]);
  });
  it('played host to Y', () => {
    expect(run('Vietnam played host to the U.S. president.', { Vietnam: 'VNM', 'the U.S. president': 'USA GOV' })).toEqual([
      'CONSULT 043 Vietnam -> the U.S. president asserted',
    ]);
  });
  it('convened / gathered for talks; a round of talks', () => {
    expect(types('Israeli and Palestinian officials convened in Aqaba for security talks.', { Israeli: 'ISR GOV', 'Palestinian officials': 'PSE GOV' })).toEqual([
      'CONSULT 046',
    ]);
    expect(run('India and China held a fresh round of border talks.', { India: 'IND', China: 'CHN' })).toEqual([
      'CONSULT 046 India+China -> India+China asserted',
    ]);
  });
  it('acted as a mediator between Y and Y', () => {
    expect(run('Qatar acted as a mediator between Washington and the Taliban.', { Qatar: 'QAT', Washington: 'USA GOV', 'the Taliban': 'AFG REB' })).toEqual([
      'CONSULT 045 Qatar -> Washington+the Taliban asserted',
    ]);
  });
});

describe('SUPPORT (05x): recognition switched, long pact names, signed by, support thrown behind', () => {
  it('switched recognition from Z to Y', () => {
    expect(run('Honduras switched diplomatic recognition from Taiwan to China.', { Honduras: 'HND', Taiwan: 'TWN', China: 'CHN' })).toContain(
      'SUPPORT 054 Honduras -> China asserted',
    );
  });
  it('signed a long-named pact; the agreement was signed by X and Y', () => {
    expect(run('Japan and South Korea signed a military intelligence-sharing pact.', { Japan: 'JPN', 'South Korea': 'KOR' })).toEqual([
      'SUPPORT 057 Japan+South Korea -> Japan+South Korea asserted',
    ]);
    expect(run('The peace agreement was signed by Ethiopia and Eritrea in Jeddah.', { Ethiopia: 'ETH', Eritrea: 'ERI' })).toEqual([
      'SUPPORT 057 Ethiopia+Eritrea -> Ethiopia+Eritrea asserted',
    ]);
  });
  it('threw its support behind Y; paid tribute to Y', () => {
    expect(run('Australia threw its support behind the Philippines.', { Australia: 'AUS', 'the Philippines': 'PHL' })).toEqual([
      'SUPPORT 051 Australia -> the Philippines asserted',
    ]);
    expect(run('The president paid tribute to the peacekeepers.', { 'The president': 'FRA GOV', 'the peacekeepers': '- IGO' })).toEqual([
      'SUPPORT 051 The president -> the peacekeepers asserted',
    ]);
  });
});

describe('COOPERATE (06x): stepped up cooperation, coordinated action, suspects handed over', () => {
  it('stepped up military cooperation (a pair is reciprocal)', () => {
    expect(run('Moscow and Tehran stepped up military cooperation.', { Moscow: 'RUS GOV', Tehran: 'IRN GOV' })).toEqual([
      'COOPERATE 062 Moscow+Tehran -> Moscow+Tehran asserted',
    ]);
  });
  it('took back migrants (readmission)', () => {
    expect(types('Morocco will take back migrants who reach Spain.', { Morocco: 'MAR' })).toEqual(['COOPERATE 060']);
  });
  it('coordinated security with Y', () => {
    expect(run('Israel coordinated security with Egypt along the border.', { Israel: 'ISR', Egypt: 'EGY' })).toEqual([
      'COOPERATE 060 Israel -> Egypt asserted',
    ]);
  });
  it('a suspect handed over is judicial cooperation, not a release', () => {
    expect(types('Pakistan handed over a suspected militant to Afghan authorities.', { Pakistan: 'PAK', 'Afghan authorities': 'AFG GOV' })).toEqual([
      'COOPERATE 063',
    ]);
  });
});

describe('AID (07x): deposits, peacekeeping mandates, financed weapons, loans given', () => {
  it('deposited $3 billion in Y', () => {
    expect(run("Saudi Arabia deposited $3 billion in Pakistan's central bank.", { 'Saudi Arabia': 'SAU', Pakistan: 'PAK' })).toEqual([
      'AID 071 Saudi Arabia -> Pakistan asserted',
    ]);
  });
  it('authorised the deployment of peacekeepers to Y', () => {
    expect(types('The Security Council authorised the deployment of peacekeepers to Mali.', { 'The Security Council': '- IGO', Mali: 'MLI' })).toEqual([
      'AID 074',
    ]);
  });
  it('will finance weapons for Y', () => {
    expect(run('The EU will finance weapons for Ukraine.', { 'The EU': '- IGO', Ukraine: 'UKR' })).toEqual(['AID 072 The EU -> Ukraine planned']);
  });
  it('gave / granted Y a loan, not the authority over a loan rate', () => {
    expect(run('The World Bank granted Indonesia a $300 million loan.', { 'The World Bank': '- IGO', Indonesia: 'IDN' })).toEqual([
      'AID 071 The World Bank -> Indonesia asserted',
    ]);
    expect(run('Congress should give the Secretary the authority to keep the loan rate.', { Congress: 'USA LEG', 'the Secretary': 'USA GOV' })).toEqual([]);
  });
});

describe('CONCEDE / RETREAT (08x): handed back, returned people, arms handed in, checkpoints, frozen assets', () => {
  it('handed back the bodies to Y; returned children to Y', () => {
    expect(types('Russia handed back the bodies of 50 soldiers to Ukraine.', { Russia: 'RUS', Ukraine: 'UKR' })).toEqual(['RETREAT 0842']);
    expect(run('Russia returned 20 Ukrainian children to Ukraine.', { Russia: 'RUS', Ukraine: 'UKR' })).toEqual(['RETREAT 0841 Russia -> Ukraine asserted']);
  });
  it('soldiers returning home are not a release', () => {
    expect(run('Russian soldiers are returning home in body bags.', { 'Russian soldiers': 'RUS MIL' })).toEqual([]);
  });
  it('handed over their weapons', () => {
    expect(types('The rebels handed over their weapons.', { 'The rebels': 'COL REB' })).toEqual(['RETREAT 0873']);
  });
  it('dismantled checkpoints (an administrative easing), not a disarmament; dismantling a network is neither', () => {
    expect(types('The army dismantled several checkpoints around Nablus.', { 'The army': 'ISR MIL' })).toEqual(['CONCEDE 081']);
    expect(types('Police worked with Europol to dismantle a smuggling network.', { Police: 'ESP COP', Europol: '- IGO' })).toEqual(['COOPERATE 060']);
  });
  it('unfroze assets; released a national', () => {
    expect(types('Washington unfroze Iranian assets.', { Washington: 'USA GOV' })).toEqual(['RETREAT 085']);
    expect(types('The Taliban released a British national.', { 'The Taliban': 'AFG GOV' })).toEqual(['RETREAT 0841']);
    expect(run('The ministry released a report on national security.', { 'The ministry': 'USA GOV' })).toEqual([]);
  });
  it('forces withdrew from villages under the deal; a pause in fighting; gave themselves up', () => {
    expect(types('Armenian forces withdrew from several border villages under the deal.', { 'Armenian forces': 'ARM MIL' })).toEqual(['RETREAT 087']);
    expect(types('Israel agreed to a four-day pause in fighting.', { Israel: 'ISR' })).toEqual(['RETREAT 0871']);
    expect(types('Hundreds of fighters gave themselves up.', { 'Hundreds of fighters': 'SYR REB' })).toEqual(['RETREAT 0874']);
  });
});

describe('ACCUSE 09x: investigating an incident', () => {
  it('investigating the explosion', () => {
    expect(types('Polish prosecutors are investigating the explosion in Warsaw.', { 'Polish prosecutors': 'POL JUD' })).toEqual(['ACCUSE 090']);
  });
});

describe('second sweep: passives with a by-agent, resumed aid, objections dropped, withdrawals announced', () => {
  it('aid delivered by X; sanctions lifted by X; a truce agreed by X and Y; extradited to Y by X', () => {
    expect(types('The aid was delivered by Turkey on Monday.', { Turkey: 'TUR' })).toEqual(['AID 070']);
    expect(types('The sanctions on Iran were lifted by the EU.', { 'the EU': '- IGO' })).toEqual(['RETREAT 085']);
    expect(run('A ceasefire was agreed by Israel and Hamas.', { Israel: 'ISR', Hamas: 'PSE REB' })).toEqual([
      'RETREAT 0871 Israel+Hamas -> Israel+Hamas asserted',
    ]);
    expect(run('The suspect was extradited to France by Spain.', { France: 'FRA', Spain: 'ESP' })).toEqual(['COOPERATE 063 Spain -> France asserted']);
  });
  it('a deal reached between X and Y', () => {
    expect(run('A deal was reached between Iran and Iraq.', { Iran: 'IRN', Iraq: 'IRQ' })).toEqual(['SUPPORT 057 Iran+Iraq -> Iran+Iraq asserted']);
  });
  it('discussed ... in a phone call; exchanged ambassadors; hailed the deal', () => {
    expect(types('Macron and Putin discussed the crisis in a phone call.', { Macron: 'FRA GOV', Putin: 'RUS GOV' })).toEqual(['CONSULT 041']);
    expect(types('Iran and Saudi Arabia exchanged ambassadors.', { Iran: 'IRN', 'Saudi Arabia': 'SAU' })).toEqual(['SUPPORT 050']);
    expect(types('France hailed the deal as a breakthrough.', { France: 'FRA' })).toEqual(['SUPPORT 051']);
  });
  it('resumed military aid to Y; stepped up the supply of weapons to Y', () => {
    expect(run('The United States resumed military aid to Egypt.', { 'The United States': 'USA', Egypt: 'EGY' })).toEqual([
      'AID 072 The United States -> Egypt asserted',
    ]);
    expect(run('Germany increased its deliveries of weapons to Ukraine.', { Germany: 'DEU', Ukraine: 'UKR' })).toEqual(['AID 072 Germany -> Ukraine asserted']);
  });
  it('refugees resettled, borders opened to refugees', () => {
    expect(types('Canada resettled 40,000 Afghan refugees.', { Canada: 'CAN' })).toEqual(['AID 075']);
    expect(types('Poland opened its borders to Ukrainian refugees.', { Poland: 'POL' })).toEqual(['AID 075']);
  });
  it('dropped its objections / lifted its veto (a concession); dropped charges against the opposition is not', () => {
    expect(run("Turkey dropped its objections to Sweden's membership.", { Turkey: 'TUR', Sweden: 'SWE' })).toEqual(['CONCEDE 080 Turkey -> Sweden asserted']);
    expect(types('Turkey lifted its veto.', { Turkey: 'TUR' })).toEqual(['CONCEDE 080']);
    expect(types('The government dropped charges against the opposition leader.', { 'The government': 'ZWE GOV' })).toEqual([]);
  });
  it('completed / announced the withdrawal of its troops from Y', () => {
    expect(run('Russia completed its withdrawal from Syria.', { Russia: 'RUS', Syria: 'SYR' })).toEqual(['RETREAT 087 Russia -> Syria asserted']);
    expect(run('Russia announced the withdrawal of its troops from Kherson.', { Russia: 'RUS' }, { Kherson: 'UKR' })).toEqual([
      'RETREAT 087 Russia -> Kherson asserted',
    ]);
  });
  it('returned the bodies / looted artefacts to Y; called for access', () => {
    expect(types('Spain returned the looted bronzes to Nigeria.', { Spain: 'ESP', Nigeria: 'NGA' })).toEqual(['RETREAT 0842']);
    expect(types('The Red Cross called for access to the prisoners.', { 'The Red Cross': '- NGO' })).toEqual(['REQUEST 0255']);
  });
  it('ready to provide liquidity is no aid', () => {
    expect(run('The Federal Reserve is ready to provide liquidity.', { 'The Federal Reserve': 'USA GOV' })).toEqual([]);
  });
});

describe('third sweep: less common verbs and idioms', () => {
  it('lobbied Y for; huddled with Y; touched down in Y; wrapped up a visit', () => {
    expect(run('Ukraine lobbied Germany for more air defence systems.', { Ukraine: 'UKR', Germany: 'DEU' })).toEqual(['REQUEST 020 Ukraine -> Germany asserted']);
    expect(run('Blinken huddled with Baerbock in Brussels.', { Blinken: 'USA GOV', Baerbock: 'DEU GOV' })).toEqual(['CONSULT 040 Blinken -> Baerbock asserted']);
    expect(run('Lavrov touched down in India on Thursday.', { Lavrov: 'RUS GOV', India: 'IND' })).toEqual(['CONSULT 042 Lavrov -> India asserted']);
    expect(types('Biden wrapped up a three-day visit to Israel.', { Biden: 'USA GOV', Israel: 'ISR' })).toEqual(['CONSULT 042']);
  });
  it('rolled out the red carpet for Y; gave a warm welcome to Y', () => {
    expect(run('Xi rolled out the red carpet for Putin in Beijing.', { Xi: 'CHN GOV', Putin: 'RUS GOV' })).toEqual(['CONSULT 043 Xi -> Putin asserted']);
    expect(run('Putin gave a warm welcome to Kim.', { Putin: 'RUS GOV', Kim: 'PRK GOV' })).toEqual(['CONSULT 043 Putin -> Kim asserted']);
  });
  it('talks between Y and Y were brokered by X', () => {
    expect(run('Talks between Serbia and Kosovo were brokered by the EU.', { Serbia: 'SRB', Kosovo: 'XKX', 'the EU': '- IGO' })).toContain(
      'CONSULT 045 the EU -> Serbia+Kosovo asserted',
    );
  });
  it('forged an alliance; joined forces with Y', () => {
    expect(run('France and Germany forged a new defence alliance.', { France: 'FRA', Germany: 'DEU' })).toEqual([
      'SUPPORT 050 France+Germany -> France+Germany asserted',
    ]);
    expect(run('Ukraine joined forces with Poland.', { Ukraine: 'UKR', Poland: 'POL' })).toEqual(['COOPERATE 060 Ukraine -> Poland asserted']);
  });
  it('earmarked funds for Y; rushed / donated weapons to Y; approved an arms sale to Y; bought weapons from X', () => {
    expect(types("The EU earmarked 500 million euros for Ukraine's reconstruction.", { 'The EU': '- IGO', Ukraine: 'UKR' })).toEqual(['AID 071']);
    expect(run('The U.S. rushed ammunition to Israel.', { 'The U.S.': 'USA', Israel: 'ISR' })).toEqual(['AID 072 The U.S. -> Israel asserted']);
    expect(run('Washington approved the sale of F-16 jets to Turkey.', { Washington: 'USA GOV', Turkey: 'TUR' })).toEqual(['AID 072 Washington -> Turkey asserted']);
    expect(run('Australia will acquire submarines from the United States.', { Australia: 'AUS', 'the United States': 'USA' })).toEqual([
      'AID 072 the United States -> Australia planned',
    ]);
  });
  it('set free; drew down forces; agreed to disengage; a moratorium on attacks', () => {
    expect(types('Iran set free a detained French researcher.', { Iran: 'IRN' })).toEqual(['RETREAT 0841']);
    expect(types('Russia drew down its forces near the border.', { Russia: 'RUS' })).toEqual(['RETREAT 087']);
    expect(types('Armenia and Azerbaijan agreed to disengage their troops.', { Armenia: 'ARM', Azerbaijan: 'AZE' })).toEqual(['AGREE 0356']);
    expect(types('The rebels announced a moratorium on attacks.', { 'The rebels': 'COL REB' })).toEqual(['RETREAT 087']);
  });
  it('set up a commission of inquiry; looked into the allegations', () => {
    expect(types('The UN set up a commission of inquiry into the violence.', { 'The UN': '- IGO' })).toEqual(['ACCUSE 090']);
    expect(types('Britain looked into the allegations of abuse.', { Britain: 'GBR' })).toEqual(['ACCUSE 090']);
  });
});

describe('fourth sweep: what is agreed, pledged or promised is a commitment (AGREE)', () => {
  it('agreed to supply / buy / invest (0311), not military aid', () => {
    expect(run('Qatar agreed to supply Germany with gas.', { Qatar: 'QAT', Germany: 'DEU' })).toEqual(['AGREE 0311 Qatar -> Germany asserted']);
    expect(types('China agreed to buy more American soybeans.', { China: 'CHN' })).toEqual(['AGREE 0311']);
  });
  it('supplying a market is no arms delivery; supplying Y with armoured vehicles is', () => {
    expect(run("Mexico might supply Ecuador's customers.", { Mexico: 'MEX', Ecuador: 'ECU' })).toEqual([]);
    expect(types('Germany will supply Ukraine with armoured vehicles.', { Germany: 'DEU', Ukraine: 'UKR' })).toEqual(['AID 072']);
    expect(types('Britain provided Ukraine with billions of dollars in weapons.', { Britain: 'GBR', Ukraine: 'UKR' })).toEqual(['AID 072']);
    expect(run('The Pentagon announced a $2 billion package of weapons for Ukraine.', { 'The Pentagon': 'USA MIL', Ukraine: 'UKR' })).toEqual([
      'AID 072 The Pentagon -> Ukraine asserted',
    ]);
  });
  it('agreed to host troops / talks; to back Y; to curb a programme; to pay compensation', () => {
    expect(types('Poland agreed to host U.S. troops.', { Poland: 'POL', 'U.S. troops': 'USA MIL' })).toEqual(['AGREE 0312']);
    expect(run("Turkey agreed to back Sweden's bid.", { Turkey: 'TUR', Sweden: 'SWE' })).toEqual(['AGREE 032 Turkey -> Sweden asserted']);
    expect(run("The party agreed to back the Kiechle bill.", { 'The party': 'DEU OPP', Kiechle: 'DEU GOV' })).toEqual([]);
    expect(types('Iran agreed to curb its nuclear programme.', { Iran: 'IRN' })).toEqual(['AGREE 0356']);
    expect(types('Japan agreed to compensate the victims.', { Japan: 'JPN' })).toEqual(['AGREE 030']);
  });
  it('agreed to lead a force; promised to respect the ceasefire (a commitment, not the truce)', () => {
    expect(types('Kenya agreed to lead a multinational force in Haiti.', { Kenya: 'KEN' })).toEqual(['AGREE 0334']);
    expect(types('Russia promised to respect the ceasefire.', { Russia: 'RUS' })).toEqual(['AGREE 037']);
  });
  it('agreed to resume talks / reopen dialogue; agreed to hold off is no meeting', () => {
    expect(types('Greece and Turkey agreed to reopen dialogue.', { Greece: 'GRC', Turkey: 'TUR' })).toEqual(['AGREE 036']);
    expect(run('The senator agreed to hold off his fight.', { 'The senator': 'USA LEG' })).toEqual([]);
  });
});

describe('precision on real-news wording', () => {
  it('calling someone a name is no phone call', () => {
    expect(types('Biden called Putin a "tyrant" on Saturday.', { Biden: 'USA GOV', Putin: 'RUS GOV' }).filter((t) => t.startsWith('CONSULT'))).toEqual([]);
    expect(types('Biden called Putin a war criminal.', { Biden: 'USA GOV', Putin: 'RUS GOV' }).filter((t) => t.startsWith('CONSULT'))).toEqual([]);
    expect(run('Macron called Putin on Tuesday.', { Macron: 'FRA GOV', Putin: 'RUS GOV' })).toEqual(['CONSULT 041 Macron -> Putin asserted']);
  });
  it('giving up assets is no return of property', () => {
    expect(run('Moscow hopes Washington will give up Russian assets valuable to Putin.', { Washington: 'USA GOV', Putin: 'RUS GOV' })).toEqual([]);
  });
});
