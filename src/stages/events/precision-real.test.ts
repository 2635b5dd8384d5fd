import { describe, expect, it } from 'vitest';
import { events } from './index.js';
import { runners } from './test-helpers.js';

/**
 * Precision on real news: misfires found by hand audits of random events coded from the shared
 * corpora, each fixed in the pattern that fired. The sentences here are written for these tests in
 * the same shape as the misfire (not copied from the corpus); actors are put in by hand. Each
 * negative has a positive beside it so the fix is shown not to remove the pattern's real sense.
 */
const stage = events();
const { run, types } = runners(stage);

describe('COERCE 192 capture.places: "take" that is not a capture', () => {
  it('take into account / take patronage over a region is not a seizure', () => {
    expect(types('The ministers should take into account the positions of the generals.', { 'The ministers': 'MDA GOV', generals: 'MDA MIL' })).toEqual([]);
    expect(types('Latvia has taken patronage over the Sumy region.', { Latvia: 'LVA' }, { Sumy: 'UKR' })).toEqual([]);
  });
  it('took the town is still a capture', () => {
    expect(types('Rebel fighters took the town of Kalemie.', { 'Rebel fighters': 'COD REB' }, { Kalemie: 'COD' })).toEqual(['COERCE 192']);
  });
});

describe('REQUEST 100: "insist that" asserts, "insist on" demands', () => {
  it('insisted that its stance was unchanged is a statement', () => {
    expect(types('Paris insisted that its stance on the talks was unchanged.', { Paris: 'FRA GOV' })).toEqual([]);
  });
  it('insisted on a withdrawal is a demand', () => {
    expect(types('Paris insisted on a full withdrawal of the troops.', { Paris: 'FRA GOV' })[0]).toMatch(/^REQUEST 10/);
  });
});

describe('RETREAT 087: stopping the enemy advance is not a retreat', () => {
  it('defenders stopped the advance of the invaders', () => {
    expect(types('The garrison halted the advance of the Armenian units near the pass.', { 'The garrison': 'AZE MIL', 'Armenian units': 'ARM MIL' })).not.toContain('RETREAT 087');
  });
  it('halted its own advance is a retreat', () => {
    expect(types('Ethiopia halted its advance on the capital.', { Ethiopia: 'ETH' })).toEqual(['RETREAT 087']);
  });
});

describe('AID 073 send.hum: a team sent to talks is not relief', () => {
  it('sending a negotiating team is no aid', () => {
    expect(types('Seoul is sending a four-man team to Tokyo for the trade talks.', { Seoul: 'KOR GOV' }, { Tokyo: 'JPN' })).not.toContain('AID 073');
  });
  it('rescue and medical teams still are', () => {
    expect(types('Greece sent rescue teams to Turkey.', { Greece: 'GRC', Turkey: 'TUR' })).toEqual(['AID 073']);
  });
});

describe('AGREE 033 vs SUPPORT 051: staunch support is backing, not material aid', () => {
  it('offered firm support to Y is SUPPORT', () => {
    expect(types('Canada offered firm support to the government of Georgia.', { Canada: 'CAN', 'government of Georgia': 'GEO GOV' })).toEqual(['SUPPORT 051']);
  });
  it('offered aid to Y is still AGREE', () => {
    expect(types('Canada offered aid to Georgia.', { Canada: 'CAN', Georgia: 'GEO' })[0]).toMatch(/^AGREE 033/);
  });
});

describe('REJECT 120: commercial offers and tenders are business, not events', () => {
  it('rejecting a price offer for a commodity', () => {
    expect(types("Pakistan rejected a Canadian firm's offer of 150 dlrs per tonne for the barley.", { Pakistan: 'PAK', 'Canadian firm': 'CAN BUS' })).toEqual([]);
    expect(types('The ministry rejected the bid from Tunisia for corn.', { 'The ministry': 'EGY GOV', Tunisia: 'TUN' })).toEqual([]);
  });
  it("rejecting a state's proposal stays a rejection", () => {
    expect(types("Hanoi rejected Beijing's proposal.", { Hanoi: 'VNM GOV', Beijing: 'CHN GOV' })).toEqual(['REJECT 120']);
  });
});

describe('ASSAULT 182: "beat" a country is to defeat it', () => {
  it('it is worth it to beat Iran is no beating', () => {
    expect(types('Officials in Baghdad say it is worth it to beat Iran.', { Officials: 'IRQ GOV', Iran: 'IRN' })).toEqual([]);
  });
  it('settlers beat a farmer', () => {
    expect(types('Settlers beat a farmer near Hebron.', { Settlers: 'ISR CVL', farmer: 'PSE CVL' })).toContain('ASSAULT 182');
  });
});

describe('SANCTION 164: calling a meeting is not calling off talks', () => {
  it('will call an extraordinary meeting of bondholders', () => {
    expect(types('Peru will call an extraordinary meeting of bondholders next month.', { Peru: 'PER' })).toEqual([]);
  });
  it('called off the talks is still 164', () => {
    expect(types('Peru called off the talks with the IMF.', { Peru: 'PER', IMF: 'IGO' })).toEqual(['SANCTION 164']);
  });
});

describe('COERCE 1721: a storm cutting phone lines is no censorship', () => {
  it('an earthquake cut telephone lines', () => {
    expect(types('The quake in Peru killed three people and cut telephone lines, the Peruvian government said.', { 'Peruvian government': 'PER GOV' })).toEqual([]);
  });
  it('the army cut internet access is', () => {
    expect(types('The Sudanese army cut internet access in Khartoum.', { 'Sudanese army': 'SDN MIL' })).toContain('COERCE 1721');
  });
});

describe('ASSAULT 2041: chemicals are not chemical weapons', () => {
  it('too late to use chemicals on the crops', () => {
    expect(types("It is too late to use chemicals on the tea bushes, Kenya's ministry said.", { "Kenya's ministry": 'KEN GOV' })).toEqual([]);
  });
  it('used chemical weapons / chlorine gas on a town', () => {
    expect(types('Iraq used chemical weapons against the Kurds.', { Iraq: 'IRQ', Kurds: 'IRQ CVL' })).toEqual(['ASSAULT 2041']);
    expect(types('Syrian jets dropped chlorine gas on Saraqeb.', { 'Syrian jets': 'SYR MIL' }, { Saraqeb: 'SYR' })).toEqual(['ASSAULT 2041']);
  });
});

describe('RETREAT 0874 / REJECT 12x: surrendering property, refusing to give details', () => {
  it('surrender the deeds to a house is no surrender', () => {
    expect(types('Duvalier promised to surrender the deeds to his villas in France.', { Duvalier: 'HTI GOV' })).toEqual([]);
  });
  it('refused to give details / answers is no rejection', () => {
    expect(types('Sweden refused to give details of the deal.', { Sweden: 'SWE' })).toEqual([]);
    expect(types('The ministry refused to give reasons for the delay.', { 'The ministry': 'SWE GOV' })).toEqual([]);
  });
  it('refused to give up the islands is', () => {
    expect(types('Argentina refused to give up the islands.', { Argentina: 'ARG' })[0]).toMatch(/^REJECT 12/);
  });
});

describe('AGREE 037 / SUPPORT 057: ways to settle and merger agreements', () => {
  it('agree ways to resolve disputes (a programme, not a commitment)', () => {
    expect(types('The goal should be to agree ways to resolve trade disputes, Japan said.', { Japan: 'JPN' })).toEqual([]);
  });
  it('signing a merger agreement is business', () => {
    expect(types('Brazil said it would sign a merger agreement with Petrobras.', { Brazil: 'BRA', Petrobras: 'BRA BUS' })).toEqual([]);
  });
});

describe('AID vs SUPPORT: what was sent to support Y is aid', () => {
  it('the arms it has sent to support Y', () => {
    expect(types('Norway counted the arms it has sent to support Estonia.', { Norway: 'NOR', Estonia: 'EST' })).toEqual(['AID 070']);
  });
  it('a bare "supports Y" stays SUPPORT', () => {
    expect(types('Norway supports Estonia.', { Norway: 'NOR', Estonia: 'EST' })).toEqual(['SUPPORT 051']);
  });
});

describe('CONCEDE 081: price and exchange controls are economic policy', () => {
  it('should remove price controls on fuel', () => {
    expect(types('The governor said parliament should remove price controls on fuel.', { governor: 'NGA GOV', parliament: 'NGA LEG' })).toEqual([]);
    expect(types('The central bank eased exchange controls.', { 'central bank': 'NGA GOV' })).toEqual([]);
  });
  it('lifting a ban on rallies is still a concession', () => {
    expect(types('The junta lifted the ban on opposition rallies.', { junta: 'MMR MIL' })[0]).toMatch(/^CONCEDE 08/);
  });
});

describe('trade and money-market wording: meeting complaints, concessions on duties, export financing, liquidity aid', () => {
  it('striving to meet Y complaints is no meeting', () => {
    expect(types("Seoul is striving to meet Washington's complaints about its trade practices.", { Seoul: 'KOR GOV', Washington: 'USA GOV' })).toEqual([]);
  });
  it('reductions in duty concessions are no yield', () => {
    expect(types('The minister announced small reductions in the concessions for duty-free imports.', { minister: 'NOR GOV' })).toEqual([]);
  });
  it('cutting export financing is no aid cut', () => {
    expect(types('The ministry will cut export financing.', { ministry: 'KOR GOV' })).toEqual([]);
  });
  it('a central bank offering banks liquidity aid is no pledge of aid', () => {
    expect(types('The central bank offered banks liquidity aid in a repurchase tender.', { 'central bank': 'DEU GOV' })).toEqual([]);
  });
  it('the political senses stay', () => {
    expect(types('Seoul will meet Washington on Friday.', { Seoul: 'KOR GOV', Washington: 'USA GOV' })).toEqual(['CONSULT 040']);
    expect(types('The United States will cut aid to Egypt.', { 'United States': 'USA', Egypt: 'EGY' })).toEqual(['SANCTION 162']);
    expect(types('The junta promised an amnesty for political prisoners.', { junta: 'MMR MIL' })[0]).toMatch(/^AGREE 035/);
  });
});

describe('leaving to attend a meeting, promising to return to an issue, commodity accords, responding to aggression', () => {
  it('leave on Monday to attend a meeting is no walk-out', () => {
    expect(types("Kim would leave Monday to attend the IMF's committee meeting.", { Kim: 'KOR GOV', IMF: 'IGO' })).toEqual([]);
  });
  it('walking out of the talks is', () => {
    expect(types('The delegation walked out of the talks with the IMF.', { delegation: 'KOR GOV', IMF: 'IGO' })).toEqual(['SANCTION 164']);
  });
  it('promised to return to the issue is no release', () => {
    expect(types('The senator promised to return to the issues in October.', { senator: 'USA LEG' })).toEqual([]);
  });
  it('agreed to return the bodies of soldiers is', () => {
    expect(types('Hamas agreed to return the bodies of two soldiers to Israel.', { Hamas: 'PSE REB', Israel: 'ISR' })).toEqual(['AGREE 0353']);
  });
  it('an accord between cocoa producers and consumers is a commodity deal', () => {
    expect(types('A new accord was reached between cocoa producers and consumers.', { producers: 'GHA BUS', consumers: 'GBR BUS' })).toEqual([]);
  });
  it("responding to Y's aggression (with sanctions) codes no attack", () => {
    expect(types("The Union is responding to Moscow's aggression with sanctions.", { Union: 'IGO', Moscow: 'RUS GOV' })).not.toContain('ASSAULT 190');
  });
});

describe('business news: must-statements about banks, capturing the presidency, selling computers, export duties, shareholder requests', () => {
  it('said banks must make provisions is regulation talk, not a demand', () => {
    expect(types('The minister said banks must make provisions of at least 25 pct.', { minister: 'ESP GOV' })).toEqual([]);
  });
  it('said Y must withdraw stays a demand', () => {
    expect(types('The Chancellor said Japan must withdraw its troops.', { Chancellor: 'DEU GOV', Japan: 'JPN' })[0]).toMatch(/^REQUEST 10/);
  });
  it('capture the presidency is an election', () => {
    expect(types('The party hopes to capture the presidency next year.', { party: 'FRA OPP' })).toEqual([]);
  });
  it('firms allowed to sell computers to Y is no military aid', () => {
    expect(types('The department will allow two firms to sell computers to Iran.', { department: 'USA GOV', Iran: 'IRN' })).toEqual([]);
    expect(types('Britain will sell tanks to Ukraine.', { Britain: 'GBR', Ukraine: 'UKR' })).toEqual(['AID 072']);
  });
  it('raising an export duty on palm oil is no sanction', () => {
    expect(types('The Malaysian government raised the export duty on palm oil.', { 'Malaysian government': 'MYS GOV' })).toEqual([]);
    expect(types('The EU imposed sanctions on Belarus.', { EU: 'IGO', Belarus: 'BLR' })).toEqual(['COERCE 163']);
  });
  it('asking a company to fix the record date or improve coal quality is business', () => {
    expect(types('Sosnoff has asked the board to fix the record date.', { Sosnoff: 'USA CVL', board: 'USA BUS' })).toEqual([]);
    expect(types('Tokyo will ask the miners to improve the quality of their coal.', { Tokyo: 'JPN GOV', miners: 'AUS BUS' })).toEqual([]);
    expect(types('Greece asked the United States to close the base.', { Greece: 'GRC', 'United States': 'USA' })).toEqual(['REQUEST 020']);
  });
});

describe('SUPPORT 051 support.v: supporting bonds or a currency is a market operation', () => {
  it('would support the issue of Carter bonds', () => {
    expect(types('The minister said he would support the issue of Carter bonds.', { minister: 'JPN GOV', Carter: 'USA GOV' })).toEqual([]);
  });
  it('would support Carter', () => {
    expect(types('Japan would support Carter.', { Japan: 'JPN', Carter: 'USA GOV' })).toEqual(['SUPPORT 051']);
  });
});

describe('ASSAULT 195 / MOBILIZE 154: hitting markets and services, sending search boats', () => {
  it('using trade ties to hit your market is no strike', () => {
    expect(types('China will use trade ties to hit your market.', { China: 'CHN' })).toEqual([]);
  });
  it('a pay dispute hitting ferry services is no strike', () => {
    expect(types('A stoppage over the government pay offer hit ferry services.', { government: 'FRA GOV' })).toEqual([]);
  });
  it('a missile hitting a market still is', () => {
    expect(types('Russian missiles hit a market in Kostiantynivka.', { 'Russian missiles': 'RUS MIL' })).toEqual(['ASSAULT 195']);
  });
  it('dispatching search boats is no deployment', () => {
    expect(types('The authorities dispatched six search boats to the coast.', { authorities: 'PHL GOV' })).toEqual([]);
  });
});

describe('economy and trade: loan reports, competitive positions, worked-out deals, export curbs, budget processes', () => {
  it('releasing a loan activity report / providing lease financing is no aid', () => {
    expect(types('The department released its loan activity report.', { department: 'USA GOV' })).toEqual([]);
    expect(types('The IMF approved a 270 mln dlr loan for Zambia.', { IMF: 'IGO', Zambia: 'ZMB' })).toEqual(['AID 071']);
  });
  it("the dollar strengthened the firm's competitive position", () => {
    expect(types("The dollar strengthened the firm's competitive position.", { firm: 'USA BUS' })).toEqual([]);
    expect(types('NATO will reinforce its eastern flank.', { NATO: 'IGO' })).toEqual(['MOBILIZE 154']);
  });
  it('an arrangement worked out with Y is no cooperation event', () => {
    expect(types('It would not replace the arrangement the navy worked out with the Kuwaitis.', { navy: 'USA MIL', Kuwaitis: 'KWT' })).toEqual([]);
  });
  it('troops continuing to strike at a territory is no labour strike', () => {
    expect(types('Russian troops continued to strike at the territory of the state.', { 'Russian troops': 'RUS MIL' })).not.toContain('PROTEST 143');
    expect(types('Workers staged a one-day general strike.', { Workers: 'ARG CVL' })).toEqual(['PROTEST 143']);
  });
  it('cutting shipments after a fire, curbing exports under a quota: no sanction without a political context', () => {
    expect(types('Qatar cut steel shipments to Japan after a fire at a plant.', { Qatar: 'QAT', Japan: 'JPN' })).toEqual([]);
    expect(types('Saudi Arabia froze all new trade with Ottawa after Canada urged the release of jailed activists.', { 'Saudi Arabia': 'SAU', Ottawa: 'CAN GOV', Canada: 'CAN' })).toContain('COERCE 163');
  });
  it("cancelling a committee's budget writing process is no broken-off talks", () => {
    expect(types("The chairman cancelled the committee's budget writing process.", { chairman: 'USA LEG' })).toEqual([]);
  });
  it('handing over fighter jets is no extradition', () => {
    expect(types('Slovakia offered to hand over its fighter jets to the United States.', { Slovakia: 'SVK', 'United States': 'USA' })).not.toContain('COOPERATE 063');
  });
});

describe('talking to the press, pulling units closer, applauding commodity accords', () => {
  it('talking at a press conference with Y / talking to a news agency is no meeting', () => {
    expect(types('Blinken was talking at a press conference with Truss.', { Blinken: 'USA GOV', Truss: 'GBR GOV' })).toEqual([]);
    expect(types('The minister was talking to Reuters about the sanctions.', { minister: 'POL GOV', Reuters: 'GBR MED' })).toEqual([]);
    expect(types('Draghi would continue talking to both Moscow and Kyiv.', { Draghi: 'ITA GOV', Moscow: 'RUS GOV', Kyiv: 'UKR GOV' })).toEqual(['CONSULT 040']);
  });
  it('pulling tanks closer to the border is no withdrawal', () => {
    expect(types('The Russians pull fuel tanks and field hospitals closer to the border.', { Russians: 'RUS' })).toEqual([]);
    expect(types('Russia pulled its troops out of Kherson.', { Russia: 'RUS' })).toEqual(['RETREAT 087']);
  });
  it('applauding an accord between cocoa producers and consumers is business', () => {
    expect(types("The minister applauded last week's agreement between cocoa producers and consumers.", { minister: 'CIV GOV', producers: 'CIV BUS' })).toEqual([]);
  });
});

describe('relief from rules, giving up a focus, subsidies, parliamentary removal', () => {
  it('a ruling giving a carrier interim relief from accounting rules is no humanitarian aid', () => {
    expect(types('The FCC ruling gives the carrier interim relief from accounting restrictions.', { FCC: 'USA GOV', carrier: 'USA BUS' })).toEqual([]);
  });
  it('not giving up a focus on money supply is no aid', () => {
    expect(types('The Bundesbank had not given up its focus on money supply.', { Bundesbank: 'DEU GOV' })).toEqual([]);
    expect(types('Japan will provide food and medicine to Turkey.', { Japan: 'JPN', Turkey: 'TUR' })).toEqual(['AID 073']);
  });
  it('subsidising its own producers is no aid', () => {
    expect(types('The EU is subsidising its producers.', { EU: 'IGO', producers: 'FRA BUS' })).toEqual([]);
    expect(types('Iran financed Hezbollah.', { Iran: 'IRN', Hezbollah: 'LBN REB' })).toEqual(['AID 071']);
  });
  it('ousting a prime minister by a two-thirds majority is no coup', () => {
    expect(types('Deputies need a two-thirds majority to oust Prime Minister Lee.', { Deputies: 'KOR LEG', 'Prime Minister Lee': 'KOR GOV' })).toEqual([]);
  });
});

describe('markets and records: access to records, a falling dollar, spending requests, trade records, currency defence', () => {
  it('granting access to records or intelligence is no concession', () => {
    expect(types('NATO can play a role by giving access to intelligence it has collected.', { NATO: 'IGO' })).toEqual([]);
    expect(types('Russia allowed the IAEA inspectors access to the plant.', { Russia: 'RUS', IAEA: 'IGO' })).toEqual(['RETREAT 086']);
  });
  it('warning that a dollar fall might force rates up is no threat', () => {
    expect(types('Volcker warned a further dollar fall might force the Fed to raise rates.', { Volcker: 'USA GOV', Fed: 'USA GOV' })).toEqual([]);
    expect(types('The United States warned Iran that it was ready to retaliate.', { 'United States': 'USA', Iran: 'IRN' })).toEqual(['THREATEN 138']);
  });
  it('asking for more budget spending is no appeal for aid', () => {
    expect(types('The administration had only asked for an additional 1.1 billion dlrs in spending.', { administration: 'USA GOV' })).toEqual([]);
  });
  it('failing to honour an agreement to open a market is no cooperation', () => {
    expect(types('Japan failed to honor an agreement to open its market to U.S. goods.', { Japan: 'JPN', 'U.S.': 'USA' })).toEqual([]);
    expect(types('China opened its market to U.S. beef.', { China: 'CHN', 'U.S.': 'USA' })).toEqual(['COOPERATE 061']);
  });
  it('a trade surplus hitting a record is no attack', () => {
    expect(types("Taiwan's trade surplus hit a record 14.95 billion U.S. dlrs.", { Taiwan: 'TWN', 'U.S.': 'USA' })).toEqual([]);
    expect(types("Iraqi jets hit Iran's Kharg island.", { 'Iraqi jets': 'IRQ MIL', Iran: 'IRN' })).toEqual(['ASSAULT 195']);
  });
  it('resisting attempts to push the dollar lower is no rejection', () => {
    expect(types('The Group of Seven resisted further attempts to push the dollar lower.', { 'Group of Seven': 'IGO' })).toEqual([]);
  });
});

describe('audit round 5: showing a consensus, budget cuts, carrying the wounded, industry requests', () => {
  it('speakers demonstrated a growing consensus is no demonstration', () => {
    expect(types('Speakers at the conference demonstrated a growing U.S.-European consensus on farm trade.', { Speakers: 'FRA LEG', 'U.S.': 'USA' })).toEqual([]);
    expect(types('Thousands of students demonstrated against the government in Seoul.', { students: 'KOR EDU', government: 'KOR GOV' })).toEqual(['PROTEST 141']);
  });
  it("a committee slashing the president's funding request is budget politics", () => {
    expect(types("The House committee slashed President Reagan's funding request for the program.", { 'House committee': 'USA LEG', 'President Reagan': 'USA GOV' })).toEqual([]);
  });
  it('a medic pulling wounded soldiers out is no withdrawal', () => {
    expect(types('The medic pulled 16 wounded soldiers out of the trenches.', { medic: 'UKR HLH' })).toEqual([]);
  });
  it("rejecting textile makers' request to halt the currency's rise is no rejected de-escalation (1246)", () => {
    expect(types("The governor rejected a request by textile makers to halt the currency's rise.", { governor: 'TWN GOV', 'textile makers': 'TWN BUS' })).not.toContain('REJECT 1246');
  });
});

describe('CONSULT 040 hold.meeting: trade-association and shareholder meetings', () => {
  it('attending the annual meeting of an exporters association is no diplomatic meeting', () => {
    expect(types('Japan and Korea attended the annual meeting of the exporters association.', { Japan: 'JPN', Korea: 'KOR' })).toEqual([]);
  });
  it('holding a meeting with Y is', () => {
    expect(types('Putin held a meeting with Erdogan in Sochi.', { Putin: 'RUS GOV', Erdogan: 'TUR GOV' })).toEqual(['CONSULT 040']);
  });
});

describe('audit of Reuters business wire: fields, interest-rate relief, price warnings', () => {
  it('farmers taking to the fields is no capture', () => {
    expect(types('Farmers are taking to the fields in some areas, officials said.', { Farmers: 'USA AGR', officials: 'USA GOV' })).toEqual([]);
  });
  it('interest rate relief for farmers is no aid', () => {
    expect(types('The government should provide this interest rate relief to farmers.', { government: 'USA GOV', farmers: 'USA AGR' })).toEqual([]);
  });
  it('warning that prices could face pressure is no threat; "pay a heavy price" still is', () => {
    expect(types('OPEC warned that official prices could face fresh pressure from oil companies.', { OPEC: 'IGO', 'oil companies': 'USA BUS' })).toEqual([]);
    expect(types('Biden warned Putin that he would pay a heavy price.', { Biden: 'USA GOV', Putin: 'RUS GOV' })).toEqual(['THREATEN 130']);
  });
});

describe('Reuters business audit 2: financing requirements, merger talks, trade wars, dumping, market positions', () => {
  it('reducing a government financing requirement is no aid cut', () => {
    expect(types('The minister presented to Parliament a plan to reduce the 1987 government financing requirement.', { minister: 'BEL GOV', Parliament: 'BEL LEG' })).toEqual([]);
  });
  it('a bank ending merger talks with a broker is no broken-off diplomacy (164)', () => {
    expect(types("Canada's biggest bank ended merger talks with the broker Wood Gundy.", { Canada: 'CAN', 'Wood Gundy': 'CAN BUS' })).not.toContain('SANCTION 164');
  });
  it('OPEC taking a position is no capture', () => {
    expect(types('Officials expect that OPEC will tend to take a position to strengthen the gains.', { OPEC: 'IGO' })).toEqual([]);
  });
  it('a trade war over microchips is no war', () => {
    expect(types('The trade war between the United States and Japan over computer microchips pushed the dollar down.', { 'United States': 'USA', Japan: 'JPN' })).toEqual([]);
  });
  it('agreeing to stop dumping chips is no de-escalation; agreeing to withdraw troops is', () => {
    expect(types('Japan agreed to stop dumping its semiconductors.', { Japan: 'JPN' })).toEqual([]);
    expect(types('Russia agreed to withdraw its troops.', { Russia: 'RUS' })).toEqual(['AGREE 0356']);
  });
  it("a loan to meet Y's share of projects is no meeting", () => {
    expect(types("The bank agreed a 900 mln dlr loan to meet Indonesia's share of the projects.", { bank: 'USA GOV', Indonesia: 'IDN' })).not.toContain('CONSULT 040');
  });
});

describe('final audit: insist that (assert), wars thanks to agreements, ended linkage, money-market assistance, only themselves to blame', () => {
  it('insists that the position has changed asserts; insisted that Y withdraw demands', () => {
    expect(types('Macron insists that the US position has changed.', { Macron: 'FRA GOV', US: 'USA' })).toEqual([]);
    expect(types('Macron insisted that Russia withdraw its troops.', { Macron: 'FRA GOV', Russia: 'RUS' })).toEqual(['REQUEST 100']);
  });
  it('the end of the war thanks to agreements between A and B is no fighting between them', () => {
    expect(types('The end of the war came thanks to the agreements between Moldova and Romania.', { Moldova: 'MDA', Romania: 'ROU' })).toEqual([]);
  });
  it('an offer ending the linkage of negotiation areas is no broken-off talks', () => {
    expect(types("He said Gorbachev's new offer ended the linkage of the three areas of negotiations with Reagan.", { Gorbachev: 'SUN GOV', Reagan: 'USA GOV' })).toEqual([]);
  });
  it('suspending daily money market assistance is no aid cut', () => {
    expect(types('Spain suspended its daily money market assistance.', { Spain: 'ESP' })).toEqual([]);
  });
  it('having only themselves to blame is no accusation', () => {
    expect(types('The Tories have only got themselves to blame for the defeat.', { Tories: 'GBR OPP' })).toEqual([]);
  });
});

describe('final audit 2: releasing footage, strengthening a position, museum status', () => {
  it('releasing a snippet of Y speaking is no release of Y', () => {
    expect(types('The Kremlin released a brief snippet of Putin speaking.', { Kremlin: 'RUS GOV', Putin: 'RUS GOV' })).toEqual([]);
    expect(types('Iran released the British sailors.', { Iran: 'IRN', 'British sailors': 'GBR MIL' })).toEqual(['RETREAT 0841']);
  });
  it('strengthening its position is no troop reinforcement; reinforcing positions is', () => {
    expect(types('The Russian army is trying to strengthen its position near Bakhmut.', { 'Russian army': 'RUS MIL' })).toEqual([]);
    expect(types('Russia is reinforcing its positions near Bakhmut.', { Russia: 'RUS' })).toEqual(['MOBILIZE 154']);
  });
  it('granting a museum national status is no diplomatic recognition', () => {
    expect(types('The president signed a decree granting the Odesa Art Museum national status.', { president: 'UKR GOV', 'Odesa Art Museum': 'UKR EDU' })).toEqual([]);
  });
});
