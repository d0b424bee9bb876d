/**
 * News-style originals for the matching tests: the DCNF seed story plus five more on other
 * topics. Four of the five end with DCNF's licensing paragraph (boilerplate the index must not
 * match on), two open alike ("The Biden administration finalized a rule …"), one comes from
 * another wire with its own licence. Also page furniture and a different story on the seed's topic.
 */
import { readFileSync } from "node:fs";
import type { OriginalText } from "../../src/originals/match.js";

export const seed: OriginalText = {
  id: "https://dailycallernewsfoundation.org/2024/10/24/us-intelligence-network-asia-china-cyber/",
  paragraphs: readFileSync(new URL("../fixtures/dcnf-seed-article.txt", import.meta.url), "utf8").trim().split(/\n+/),
};

/** DCNF's licensing paragraph, as printed under every story. */
export const licence = seed.paragraphs[11]!;

export const wheat: OriginalText = {
  id: "https://dailycallernewsfoundation.org/2024/07/11/kansas-wheat-drought-harvest/",
  paragraphs: [
    "Wheat farmers across western Kansas are bracing for their smallest harvest in more than a decade after a dry winter and a scorching spring left fields thin and stunted, state agriculture officials said Tuesday.",
    "The Kansas Department of Agriculture estimated that growers will bring in about 267 million bushels of winter wheat this summer, down nearly 20% from last year and well below the ten-year average of 330 million bushels.",
    "“We planted into dust and we prayed for snow,” said Dale Hoffman, who farms 3,200 acres near Scott City with his two sons. “The snow never really came, and by April the wind was taking what little moisture we had left.”",
    "Then the rain stopped.",
    "The U.S. Drought Monitor shows more than 70% of Kansas in moderate to exceptional drought, with the worst conditions stretching from the Colorado border east to Dodge City. Some counties have recorded less than half of their normal rainfall since October.",
    "Crop insurance will cover part of the losses for most farmers, but agricultural economists at Kansas State University warned that many operations are already stretched thin by high fertilizer prices, rising interest rates on operating loans and falling grain prices.",
    "Wheat futures on the Kansas City Board of Trade have dropped by roughly a third since their peak in 2022, when the war in Ukraine disrupted shipments from one of the world’s largest exporters.",
    "“You can survive one bad year,” said Jenny Ortiz, an agricultural lender in Garden City. “Two bad years in a row is when we start having hard conversations about selling equipment or renting out ground.”",
    "Some growers are abandoning their worst fields altogether and collecting insurance payments rather than paying for a harvest that would not cover the cost of fuel. Others are turning cattle onto the stunted wheat to graze.",
    "The U.S. Department of Agriculture declared 45 Kansas counties primary natural disaster areas in June, making farmers there eligible for emergency low-interest loans. Gov. Laura Kelly’s office said the state is also seeking federal help for water conservation projects.",
    licence,
  ],
};

export const phones: OriginalText = {
  id: "https://dailycallernewsfoundation.org/2024/09/05/school-board-cellphone-ban-vote/",
  paragraphs: [
    "The Riverside Unified School District board voted Tuesday night to ban student cellphones during the entire school day beginning in January, joining a growing list of districts that have restricted devices in classrooms.",
    "Under the new policy, students in kindergarten through 12th grade must keep their phones switched off and stored in lockable pouches from the first bell until dismissal. Students who break the rule will have their phones confiscated until a parent picks them up.",
    "The vote was 5-2.",
    "“Teachers have been telling us for years that they are competing with TikTok for every minute of instruction,” board president Angela Whitfield said before the vote. “This gives them their classrooms back.”",
    "The district will spend about $180,000 on the magnetic pouches, which students unlock with a device at the school door at the end of the day. Administrators said the cost would be covered by federal pandemic relief money that has not yet been spent.",
    "Several parents spoke against the ban during a public comment period that lasted more than two hours, saying they need to be able to reach their children in an emergency. Board member Tom Reyes, who voted no, said the district should have surveyed families first.",
    "“If there is a lockdown, I want to be able to text my daughter and know she is OK,” said parent Maria Lopez, whose daughter attends Riverside High School. “A pouch at the bottom of a backpack does not help anyone.”",
    "District officials said each school office will keep a landline available for students to call home and that teachers will be able to reach parents through the district’s messaging app during emergencies.",
    "At least 15 states have passed laws or adopted policies limiting phone use in schools, according to the National Conference of State Legislatures. A 2023 Pew Research Center survey found that 72% of high school teachers called phone distraction a major problem in their classrooms.",
    "The ban will be reviewed after one semester, and the board asked administrators to report on discipline referrals, attendance and test scores before the end of the school year.",
    licence,
  ],
};

export const powerPlants: OriginalText = {
  id: "https://dailycallernewsfoundation.org/2024/04/25/epa-power-plant-carbon-rule/",
  paragraphs: [
    "The Biden administration finalized a rule Thursday that would require most coal-fired power plants and new natural gas plants to capture or eliminate nearly all of their carbon emissions by 2039, a move industry groups warned would threaten the reliability of the electric grid.",
    "The Environmental Protection Agency’s rule requires existing coal plants that plan to operate past 2039 to install carbon capture technology capable of removing 90% of their emissions. New gas plants that run more than 40% of the time face the same standard by 2032.",
    "“By addressing pollution from fossil fuel-fired power plants, EPA is protecting all communities from pollution and improving public health without disrupting the delivery of reliable electricity,” EPA Administrator Michael Regan said in a statement.",
    "Utilities and grid operators have warned for months that forcing coal plants to close faster than replacement power can be built would leave parts of the country short of electricity during heat waves and winter storms.",
    "The North American Electric Reliability Corporation said in its most recent assessment that two-thirds of North America faces an elevated risk of power shortages during extreme weather, in part because dispatchable generation is retiring faster than it is being replaced.",
    "“This rule is an attempt to regulate coal out of existence, and it will raise costs for every family that pays an electric bill,” said Rich Nolan, president and chief executive of the National Mining Association. (RELATED: Power Grid Operators Sound The Alarm Over Green Energy Push)",
    "Carbon capture has never been deployed at full scale on a U.S. power plant for a sustained period. The Petra Nova project in Texas, the only commercial-scale system ever built at an American coal plant, was shut down in 2020 after years of missed targets.",
    "The EPA estimated the rule would cost the power sector as much as $19 billion over two decades, while producing climate and health benefits worth $370 billion by cutting carbon dioxide, soot and smog-forming pollution.",
    "West Virginia Attorney General Patrick Morrisey said his state would sue to block the rule, arguing that it exceeds the authority Congress gave the agency under the Clean Air Act. The Supreme Court struck down an earlier Obama-era power plant rule in 2022.",
    "The rule is one of four regulations the EPA finalized Thursday targeting power plants, including stricter limits on mercury emissions, wastewater discharges and the disposal of coal ash.",
    "The White House did not respond to the Daily Caller News Foundation’s request for comment.",
    licence,
  ],
};

export const evCredit: OriginalText = {
  id: "https://dailycallernewsfoundation.org/2024/05/03/treasury-ev-tax-credit-rule-china/",
  paragraphs: [
    "The Biden administration finalized a rule Friday that loosens restrictions on which electric vehicles qualify for a $7,500 federal tax credit, giving automakers two more years to remove Chinese-sourced graphite from their batteries.",
    "The Treasury Department’s rule bars vehicles from receiving the credit if any of their battery components are made by a “foreign entity of concern,” a category that includes companies controlled by the governments of China, Russia, North Korea and Iran.",
    "But the department agreed to exempt graphite and several other minerals that are difficult to trace until 2027, after automakers complained that they could not yet find enough supplies outside of China, which refines more than 90% of the world’s battery-grade graphite.",
    "“This is a giveaway to the Chinese Communist Party dressed up as climate policy,” Republican Sen. John Barrasso of Wyoming said in a statement. “American taxpayers should not be subsidizing supply chains that run through Beijing.”",
    "Treasury officials said the rule would still push automakers to build supply chains in the U.S. and allied countries, noting that companies have announced more than $100 billion in new battery and electric vehicle manufacturing investments since the credit was expanded in 2022.",
    "Fewer than two dozen models currently qualify for the full credit, according to the Department of Energy, down from about 40 before the sourcing rules took effect in January.",
    "Sales of electric vehicles have slowed in recent months as buyers balk at high prices and worry about finding places to charge. Several automakers, including Ford and General Motors, have delayed or scaled back plans to build new electric models.",
    "The credit is available to buyers with annual incomes below $150,000 for individuals and $300,000 for couples, and only for cars priced under $55,000 and trucks and SUVs priced under $80,000.",
    "Former President Donald Trump has promised to end what he calls the electric vehicle mandate if he returns to the White House, and House Republicans have voted several times to repeal the credit.",
    licence,
  ],
};

export const insurance: OriginalText = {
  id: "https://sunshinestatewire.example/2024/08/14/florida-home-insurance-rates/",
  paragraphs: [
    "Florida homeowners will pay an average of 14% more for property insurance next year under rates approved this week by state regulators, the third straight year of double-digit increases in the nation’s most expensive insurance market.",
    "The Florida Office of Insurance Regulation approved the new rates for Citizens Property Insurance Corp., the state-backed insurer of last resort, which now covers about 1.2 million policies after private companies pulled out of the state or stopped writing new coverage.",
    "The average annual premium for a Florida home now tops $4,200, nearly three times the national average, according to the Insurance Information Institute.",
    "“Every time the bill comes, we have to decide what else we are giving up,” said Carol Benton, a retired teacher in Port Charlotte whose premium rose from $2,900 to $6,100 in two years. “We paid off this house. Now it feels like we are renting it from the insurance company.”",
    "Insurers blame the increases on the rising cost of reinsurance, a surge in lawsuits over roof claims and a string of powerful hurricanes, including Hurricane Ian, which caused more than $100 billion in damage when it struck southwest Florida in 2022.",
    "Lawmakers passed a package of changes in 2022 and 2023 that limited attorney fees and made it harder to sue insurers, and several new companies have since entered the market.",
    "“We are seeing the early signs of stabilization,” Insurance Commissioner Michael Yaworsky told reporters. “Rates are still rising, but they are rising more slowly, and companies are writing new business again.”",
    "Consumer advocates are skeptical. They point out that the tort changes were supposed to lower rates, not slow their growth, and that insurers have not been required to pass their savings on to customers.",
    "Homeowners can lower their premiums by installing hurricane shutters, impact-resistant windows or a new roof, and the state’s My Safe Florida Home program offers grants of up to $10,000 for such upgrades. The program ran out of money twice last year.",
    "About 1 in 8 Florida homeowners now go without insurance altogether, according to industry estimates, a figure that rises to nearly 1 in 4 among owners who have paid off their mortgages.",
    "Citizens said it expects to shift another 300,000 policies to private insurers by the end of the year through a state program that lets new companies take over policies.",
    "The new rates take effect for policies renewed after Jan. 1.",
    "This article first appeared on Sunshine State Wire and is republished here under a Creative Commons Attribution-NoDerivatives 4.0 license. Please keep the author’s byline and the link to the original story.",
  ],
};

export const originals: OriginalText[] = [seed, wheat, phones, powerPlants, evCredit, insurance];

/**
 * A different DCNF-style story on the seed's topic: one paragraph restates the seed's background,
 * another is the stock "did not respond to … request for comment" line, and the licence.
 */
export const sameTopic: string[] = [
  "Chinese state-backed hackers broke into the networks of at least three major U.S. telecommunications companies and may have accessed systems used for court-authorized wiretaps, the Wall Street Journal reported Saturday.",
  "The group, which Microsoft tracks as Salt Typhoon, gained access to networks operated by Verizon, AT&T and Lumen Technologies for months, according to the Journal, which cited people familiar with the investigation.",
  "“This is potentially catastrophic,” a person familiar with the matter told the outlet. Investigators are still trying to determine what information the hackers took.",
  "The breach is the latest in a series of Chinese cyber operations against American infrastructure. FBI Director Christopher Wray told Congress in January that Chinese hackers had positioned themselves inside water treatment plants, the electric grid and transportation systems, ready to cause disruption in a crisis.",
  "The U.S. has sought to counter China’s offensive cyber operations and espionage by deepening intelligence ties across Asia, including a new intelligence sharing partnership with the Quad, a strategic group comprising the U.S., India, Australia and Japan.",
  "China’s Foreign Ministry denied the allegations, calling them “groundless” and accusing the U.S. of being “the world’s biggest hacker empire.”",
  "The FBI and the Cybersecurity and Infrastructure Security Agency said in a joint statement that they were investigating “unauthorized access to commercial telecommunications infrastructure by actors affiliated with the People’s Republic of China.”",
  "Verizon, AT&T and Lumen did not immediately respond to the Daily Caller News Foundation’s request for comment.",
  licence,
];

/** What partner sites put around a story. */
export const furniture = {
  headline: "US Builds Asian Intelligence Network To Counter China",
  subscribe: "Subscribe to The Prairie Post’s free morning newsletter and get the day’s top stories in your inbox before breakfast.",
  ad: "Advertisement",
  support: "Support local journalism — become a member today for as little as $5 a month and get unlimited access to every story.",
  share: "Share this: Facebook, X, Email, Print",
  copyright: "© 2024 The Prairie Post. All rights reserved.",
  related: "Related: County commissioners approve new budget for road repairs",
};
