// English dates: one expected value, many surface forms; the reference date is a Wednesday.
import { defineCorpus } from '../corpus.js';

export default defineCorpus({
  type: 'date',
  lang: 'en',
  date: '2024-05-08',
  examples: [
    {
      value: { value: '2024-05-08', grain: 'day' },
      texts: [
        'The deal was signed on [[May 8, 2024]] in Rabat.',
        'The deal was signed on [[8 May 2024]] in Rabat.',
        'The deal was signed on [[Wednesday, May 8, 2024]].',
        'Filed [[2024-05-08]].',
        'The hearing on [[05/08/2024]] was postponed.',
        'Shares closed higher [[today]].',
      ],
    },
    { value: { value: '2024-12-23', grain: 'day' }, texts: ['Delivery is due on [[23/12/2024]].'] },
    { value: { value: '2024-05', grain: 'month' }, texts: ['Exports fell in [[May 2024]].'] },
    { value: { value: '2024-03', grain: 'month', implied: ['year'] }, texts: ['Exports fell in [[March]].'] },
    { value: { value: '2024-05', grain: 'month', implied: ['year'] }, texts: ['Exports fell in [[May]].'] },
    { value: { value: '2018', grain: 'year' }, texts: ['The plant opened in [[2018]].'] },
    { value: { start: '1990', end: '1999', grain: 'year' }, texts: ['Growth was faster in the [[1990s]].'] },
    {
      value: { value: '2024-05-07', grain: 'day' },
      texts: ['The minister said [[yesterday]] that talks would resume.'],
    },
    { value: { value: '2024-05-09', grain: 'day' }, texts: ['Parliament will vote [[tomorrow]].'] },
    { value: { value: '2024-04-29', grain: 'week' }, texts: ['Prices rose [[last week]].'] },
    { value: { value: '2024-06', grain: 'month' }, texts: ['Work will start [[next month]].'] },
    { value: { value: '2021', grain: 'year' }, texts: ['The factory closed [[three years ago]].'] },
    { value: { value: '2024-05-20', grain: 'week' }, texts: ['Talks resume [[in two weeks]].'] },
    { value: { value: '2024-05-07', grain: 'day' }, texts: ['The president visited the port on [[Tuesday]].'] },
    { value: { value: '2024-05-10', grain: 'day' }, texts: ['The summit will open on [[Friday]].'] },
    {
      value: { value: '2024-05-10', grain: 'day' },
      texts: ['Deadline: [[fri.]]', 'The market opens [[fri]] at dawn.', 'The filing is due [[fri]], officials say.'],
    },
    { value: { value: '2024-05-09', grain: 'day' }, texts: ['Doors open [[thu.]] for members.'] },
    {
      value: { value: '2025-09', grain: 'month', implied: ['year'] },
      texts: ['The law takes effect in [[September after next]].'],
    },
    {
      value: { value: '2024-07-18', grain: 'day', implied: ['year'] },
      texts: ['The trial opens [[July 18, Thursday]].', 'Trial opens: [[Jul 18, Thu]]'],
    },
    {
      value: { value: '2024-03-15', grain: 'day', implied: ['year'] },
      texts: ['The play opens on the [[Ides of March]].', 'The play opens on the [[ides of march]].'],
    },
    { value: { value: '2025-01-13', grain: 'day' }, texts: ['The verdict is due on the [[ides of January, 2025]].'] },
    {
      date: '2024-05-08T10:20',
      value: { value: '2024-05-09T03:00', grain: 'minute', implied: ['year', 'month', 'day'] },
      texts: ['The ferry leaves at [[3am]].', 'The ferry leaves at [[3:00 a.m.]]'],
    },
    {
      date: '2024-05-08T10:20',
      value: { value: '2024-05-08T03:00', grain: 'minute', implied: ['year', 'month', 'day'] },
      texts: ['The ferry left at [[3am]].'],
    },
    {
      date: '2024-05-08T10:00',
      value: { value: '2024-05-08T11:00', grain: 'minute' },
      texts: [
        'Polls close [[in 1h]].',
        'Polls close [[in 60 min]].',
        'Polls close [[in 60’]].',
        'Polls close [[in one more hour]].',
      ],
    },
    {
      date: '2024-05-08T10:00',
      value: { value: '2024-05-08T12:30', grain: 'minute' },
      texts: ['The rescue team should arrive [[in 2 and a half hours]].'],
    },
    {
      date: '2024-05-08T10:00',
      value: { value: '2024-05-08T10:02', grain: 'minute' },
      texts: ['The launch comes [[in a pair of minutes]].', 'The launch comes [[in 2 more minutes]].'],
    },
    { date: '2024-05-08T10:00', value: { value: '2024-05-08T10:00', grain: 'minute' }, texts: ['Back [[in a sec]].'] },
    {
      value: { value: '2024-05-05', grain: 'day' },
      texts: ['Turnout fell on [[last week’s Sunday]] vote.', 'The rally was held on [[Sunday from last week]].'],
    },
    {
      value: { value: '2024-04-14', grain: 'day' },
      texts: ['The ceasefire began on [[14april 2024]].'],
    },
    {
      value: { value: '2027-01', grain: 'quarter' },
      texts: ['Output should recover in the [[first quarter of 2027]].', 'Output should recover in [[Q1 2027]].'],
    },
    {
      value: { start: '2025', end: '2030', grain: 'year' },
      texts: [
        'The plan runs [[from 2025 to 2030]].',
        'The plan runs [[between 2025 and 2030]].',
        'The [[2025-2030]] plan',
      ],
    },
    {
      value: { start: '2024-05', end: '2024-07', grain: 'month' },
      texts: ['The exhibition runs [[from May to July]].'],
    },
    { value: { start: '2024-05-08', end: '2024-05-10', grain: 'day' }, texts: ['The fair runs [[May 8-10]].'] },
    {
      value: { value: '2024-05-08T15:00', grain: 'minute' },
      texts: ['The market reopens at [[3pm]].', 'The market reopens at [[3 p.m.]]'],
    },
    { value: { value: '2024-05-09T10:30', grain: 'minute' }, texts: ['The board meets [[tomorrow at 10:30]].'] },
    { value: { value: '2024-11-28', grain: 'day' }, texts: ['Stores expect record sales on [[Thanksgiving 2024]].'] },
    { value: { value: '2024-05-05', grain: 'day' }, texts: ['Turnout fell sharply [[last Sunday]].'] },
    { value: { value: '2024-01-01', grain: 'week' }, texts: ['Sales slumped in the [[first week of January]].'] },
    { value: { value: '2024-05-15', grain: 'day' }, texts: ['The ruling is due [[a week from today]].'] },
    { value: { end: '2009', grain: 'year', mod: 'before' }, texts: ['Loans granted [[before 2010]] are exempt.'] },
    {
      value: { start: '2024-05-11', end: '2024-05-12', grain: 'day' },
      texts: ['Trains will not run [[this weekend]].'],
    },
    {
      value: { value: '1996', grain: 'year' },
      texts: ['The firm was founded in [[nineteen ninety six]] by two brothers.'],
    },
    {
      value: { value: '1972-09-13', grain: 'day' },
      texts: [
        'The treaty was signed on [[13 September nineteen seventy two]].',
        'The treaty was signed on [[September thirteen nineteen seventy two]].',
        'The treaty was signed on [[thirteen September nineteen seventy two]].',
      ],
    },
    { value: { value: '2015-08', grain: 'month' }, texts: ['The mine closed in [[August two thousand and fifteen]].'] },
    {
      value: { value: '2024-05-08T23:59', grain: 'minute' },
      texts: ['Bids are due [[end of day]] on the portal.', 'The ministry will reply [[end of the day]].'],
    },
    { value: { value: '2024-05-09T23:59', grain: 'minute' }, texts: ['The offer expires at the [[end of tomorrow]].'] },
    {
      value: { value: '2024-06-16', grain: 'day', implied: ['year'] },
      texts: ['Markets will close for [[Eid al-Adha]].'],
    },
    {
      value: { start: '2024-05-08', end: '2024-08-07', grain: 'day' },
      texts: ['The board must rule [[within three months]].', 'The board must rule [[within the next 3 months]].'],
    },
    // Years too (a shift by years stops at the month), ahead of a reported sentence.
    {
      value: { start: '2024-05-08', end: '2026-05-07', grain: 'day' },
      texts: [
        'The plant should be finished [[within two years]].',
        'The minister said the line would open [[within 2 years]].',
        'The firm said it aims to repay the loan [[within two years]].',
      ],
    },
    {
      value: { value: '2024-05-09T18:30', grain: 'minute' },
      texts: [
        'The polls close [[tomorrow at six thirty pm]].',
        'The polls close [[tomorrow at six thirty]].',
        'The polls close at [[six-thirty tomorrow evening]].',
      ],
    },
    { value: { value: '2024', grain: 'year' }, texts: ['It was the worst flood of [[the year]].'] },
    { value: { value: '2024-05-06', grain: 'week' }, texts: ['Ridership fell sharply in [[the week]].'] },
    {
      value: { start: '2024-05-09', end: '2024-05-12', grain: 'day' },
      texts: ['The minister will visit Kenya [[later this week]].'],
    },
    { value: { start: '2024-01-01', end: '2024-05-07', grain: 'day' }, texts: ['Prices rose [[earlier this year]].'] },
    { value: { start: '2024-07-01', end: '2024-12-31', grain: 'day' }, texts: ['Talks resume [[later in the year]].'] },
    {
      value: { value: '2024-05-14', grain: 'day' },
      texts: ['The vote is set for [[next week on Tuesday]].', 'The vote is set for [[next week, Tuesday]].'],
    },
    { value: { value: '2024-05-07', grain: 'day' }, texts: ['That one [[Tuesday]] changed everything for the club.'] },
    {
      value: { value: '2024-05-27', grain: 'day' },
      texts: [
        'Markets are closed on the [[last Monday of May]].',
        'Rent is due on the [[fourth Monday of this month]].',
      ],
    },
    {
      value: { value: '2024-06-01', grain: 'day' },
      texts: ['The law takes effect on the [[first day of next month]].'],
    },
    {
      value: { value: '2024-05-08T15:15', grain: 'minute' },
      texts: ['The hearing resumed at [[3:15 in the afternoon]].'],
    },
    {
      value: { start: '2024-05-08', end: '2024-11-15', grain: 'day', implied: ['year'] },
      texts: ['Flights are suspended [[between now and November 15]].'],
    },
    { value: { value: '2024-05-08', grain: 'day' }, texts: ['The council meets [[Wednesday]] to vote on the budget.'] },
    { value: { value: '2024-06-15', grain: 'day' }, texts: ['Payments resume on the [[15th day of next month]].'] },
    { value: { value: '2024', grain: 'year' }, texts: ['Profits will fall [[this calendar year]].'] },
    {
      value: { start: '2024-08-31', end: '2024-09-02', grain: 'day', implied: ['year'] },
      texts: [
        'Airports expect crowds over [[Labor Day weekend]].',
        'Airports expect crowds over [[the weekend of Labor Day]].',
      ],
    },
    { value: { value: '2024-05-10', grain: 'day' }, texts: ['Officials need the report [[Friday]].'] },
    {
      value: { value: '2024-05-13', grain: 'week', implied: ['year', 'month'] },
      texts: ['Hearings resume the [[week of the 15th]].'],
    },
    { value: { start: '2014', end: '2023', grain: 'year' }, texts: ['Prices doubled over the [[past decade]].'] },
    { value: { start: '2030', end: '2039', grain: 'year' }, texts: ['The line should open in the [[next decade]].'] },
    { value: { value: '2004', grain: 'year' }, texts: ['[[Two decades ago]], the port was empty.'] },
    {
      value: { value: '2024-05-07', grain: 'day' },
      texts: ['The quake struck on [[Tuesday]].', 'Officials said [[Tuesday]] that talks would resume.'],
    },
    {
      value: { value: '2024-05-07T06:30', grain: 'minute' },
      texts: ['At [[6:30 a.m. local time on Tuesday]], the quake struck.'],
    },
    {
      value: { start: '2024-05-08T16:00', end: '2024-05-08T17:59', grain: 'minute' },
      texts: ['The jury returned its verdict [[early this evening]].'],
    },
    { value: { value: '2024-05-14', grain: 'day' }, texts: ['The summit will be held [[Tuesday]] in Geneva.'] },
    {
      value: { start: '2024-01-01', end: '2024-05-08', grain: 'day', implied: ['year'] },
      texts: ['The index is up 12% [[year to date]].', 'The index is up 12% [[YTD]].'],
    },
    {
      value: { start: '2024-03', end: '2024-05-08', grain: 'day', implied: ['year'] },
      texts: ['Sales [[from March to date]] beat forecasts.'],
    },
    {
      value: { start: '2024-05-21', end: '2024-05-31', grain: 'day', mod: 'end' },
      texts: ['Invoices are paid at [[end of month]].', 'Invoices are paid at the [[end of the month]].'],
    },
    {
      value: { start: '2025-09', end: '2025-12', grain: 'month', mod: 'end' },
      texts: ['Growth should pick up in [[late 2025]].', 'Growth should pick up at the [[end of 2025]].'],
    },
    {
      value: { start: '2025-01', end: '2025-04', grain: 'month', mod: 'start' },
      texts: ['Rates should fall [[early next year]].', 'Rates should fall at the [[beginning of next year]].'],
    },
    {
      value: { start: '2023-05', end: '2023-08', grain: 'month', mod: 'mid' },
      texts: ['The plant opened in [[mid-2023]].'],
    },
    { value: { value: '2024-05-08T19:30', grain: 'minute' }, texts: ['The vigil begins at [[730 in the evening]].'] },
    {
      value: { value: '2024-05-08T19:30', grain: 'minute', implied: ['year', 'month', 'day'] },
      texts: ['The vigil begins at [[730 pm]].'],
    },
    {
      value: { start: '2019-04-20', end: '2019-04-21', grain: 'day' },
      texts: ['Traffic rose over the [[Easter weekend 2019]], police said.'],
    },
    {
      value: { start: '2024-05-13', end: '2024-05-15', grain: 'day' },
      texts: [
        'Dockers will strike [[for three days starting Monday]].',
        'The port stays shut [[for 3 days, from Monday]].',
      ],
    },
    {
      value: { start: '2024-05-09', end: '2024-05-22', grain: 'day' },
      texts: ['The museum closes [[for two weeks starting tomorrow]].'],
    },
    {
      value: { start: '2024-05-08', end: '2024-05-10', grain: 'day' },
      texts: ['The curfew holds [[for 3 days from today]].'],
    },
    {
      value: { start: '2024-05-09', end: '2024-05-13', grain: 'day' },
      texts: ['Payments clear within the [[next three business days]].'],
    },
    {
      value: { start: '2024-05-01', end: '2024-05-07', grain: 'day' },
      texts: ['Volumes fell over the [[previous five working days]].'],
    },
    {
      value: { start: '2024-05-06', end: '2024-05-10', grain: 'day' },
      texts: ['Both chambers sit [[this working week]].'],
    },
    {
      value: { start: '2024-05-20', end: '2024-06-02', grain: 'day' },
      texts: ['The ferry resumes service [[next fortnight]].'],
    },
    {
      value: { start: '2024-06-03', end: '2024-06-16', grain: 'day', implied: ['year'] },
      texts: ['Hotels are full for the [[first two weeks of June]].'],
    },
    {
      value: { start: '2024-03-22', end: '2024-03-31', grain: 'day', implied: ['year'] },
      texts: ['Rain fell on most of the [[last ten days of March]].'],
    },
    {
      value: { start: '2023-01', end: '2023-03', grain: 'month' },
      texts: ['Profit doubled in the [[first three months of 2023]].'],
    },
    {
      value: { start: '2024-09', end: '2024-12', grain: 'month', implied: ['year'] },
      texts: ['Deliveries are planned for the [[last four months of this year]].'],
    },
    { value: { value: '2021-03', grain: 'month' }, texts: ['The loan fell due in the [[third month of 2021]].'] },
    {
      value: { value: '2024-02-13', grain: 'day', implied: ['year', 'month'] },
      texts: ['The vote was held on [[Tue 13th]].'],
    },
    {
      value: { value: '2024-05-20', grain: 'day' },
      texts: [
        'The court sits again [[Monday two weeks from now]].',
        'The court sits again [[two weeks from today on Monday]].',
      ],
    },
    { value: { value: '2024-05-11', grain: 'day' }, texts: ['Results are due [[3 days from today]].'] },
    { value: { value: '2022-02-08', grain: 'day' }, texts: ['The mine closed [[two years and three months ago]].'] },
    { value: { value: '2025-11-08', grain: 'day' }, texts: ['The plant reopens [[in one year and six months]].'] },
    { value: { value: '2023-07-03', grain: 'week' }, texts: ['Output fell in [[week 27 of last year]].'] },
    {
      value: { start: '2030', end: '2049', grain: 'year' },
      texts: ['Sea levels will rise over the [[next two decades]].'],
    },
    {
      value: { start: '2024-05-17T14:00', end: '2024-05-17T15:59', grain: 'minute', implied: ['year', 'month'] },
      texts: ['The fair runs on the [[17 from 2pm to 4pm]].'],
    },
    {
      value: { start: '2024-04-09', end: '2024-04-17', grain: 'day', implied: ['year'] },
      texts: ['Parliament sat [[from April the 9th till the 17th]].', 'Parliament sat [[from 9 till 17 April]].'],
    },
    {
      value: { value: '2024-05-15', grain: 'day' },
      texts: [
        'The vote takes place on [[Wednesday next week]].',
        'The vote takes place on [[Wednesday of next week]].',
      ],
    },
    {
      value: { start: '2024-05-08T14:00', end: '2024-05-08T15:59', grain: 'minute' },
      texts: ['The minister will speak [[later this afternoon]].'],
    },
    {
      value: { value: '2024-12-27', grain: 'day', implied: ['year'] },
      texts: ['Fares will rise [[5 days before new year]].'],
    },
    {
      date: '2024-05-08T10:00',
      value: { start: '2024-05-08T10:00', end: '2024-05-08T10:59', grain: 'minute' },
      texts: ['Results are expected [[within the next hour]].', 'Results are expected in the [[next 60 minutes]].'],
    },
    {
      date: '2024-05-08T10:00',
      value: { start: '2024-05-08T09:00', end: '2024-05-08T09:59', grain: 'minute' },
      texts: ['Two aftershocks struck in the [[past hour]].'],
    },
    {
      value: { start: '2024-05-04', end: '2024-05-05', grain: 'day' },
      texts: ['Protests grew over [[the weekend]], police said.', 'Police made arrests at [[the weekend]].'],
    },
    {
      value: { start: '2024-05-11', end: '2024-05-12', grain: 'day' },
      texts: ['More protests are planned for [[the weekend]].'],
    },
    {
      value: { start: '2027', end: '2029', grain: 'year', mod: 'end' },
      texts: ['The line should open at the [[end of the decade]].'],
    },
    {
      value: { start: '2024-05-15T16:00', end: '2024-05-15T19:59', grain: 'minute' },
      texts: ['The results come out [[Wednesday evening next week]].'],
    },
    {
      date: '2024-05-14',
      value: { value: '2025-05-12', grain: 'day', implied: ['year'] },
      texts: ['The cut takes effect next [[5/12]].'],
    },
    { value: { value: '2024-05-17', grain: 'day' }, texts: ['The board meets [[Friday after next]].'] },
    { value: { value: '2024-05-24', grain: 'day' }, texts: ['The rail strike starts [[3 Fridays from now]].'] },
    {
      value: { value: '2025-01-20', grain: 'day', implied: ['year'] },
      texts: ['Markets will close on [[Martin Luther King Jr. Day]].', 'Markets will close on [[MLK Day]].'],
    },
    {
      value: { value: '2023-11-27', grain: 'day', implied: ['year'] },
      texts: ['Online sales reached a record on [[Cyber Monday]].'],
    },
    {
      value: { start: '2024-05-08', end: '2024-05-12', grain: 'day' },
      texts: ['Trading is suspended for the [[rest of the week]].'],
    },
    {
      value: { start: '2024-05-08', end: '2024-12-31', grain: 'day' },
      texts: ['Budgets are frozen for the [[remainder of the year]].'],
    },
    {
      value: { start: '2024-06-04T09:30', end: '2024-06-04T16:29', grain: 'minute', implied: ['year'] },
      texts: ['The polls open on [[6/4 between 9.30-4.30pm]].'],
    },
    { value: { value: '2024-05-08T15:00', grain: 'minute' }, texts: ['The envoys meet at [[3 in the afternoon]].'] },
    {
      value: { start: '2024-04', end: '2024-06', grain: 'month', implied: ['year'] },
      texts: ['The exhibition will run [[from April to June]].', 'The exhibition ran [[from April to June]].'],
    },
    {
      value: { value: '2024-05-10T09:00', grain: 'minute' },
      texts: ['The launch is at [[9 a.m. BST on Friday]].', 'The launch is at [[9am AEST Friday]].'],
    },
    {
      value: { start: '2024-05-13T09:00', end: '2024-05-17T16:59', grain: 'minute' },
      texts: ['The strike will run [[from 9am Monday to 5pm Friday]].'],
    },
    {
      date: '2024-05-08T10:20',
      value: { start: '2024-05-08T10:20', end: '2024-05-08T19:59', grain: 'minute', implied: ['year', 'month', 'day'] },
      texts: ['Polls are open [[between now and 8pm]].', "Polls are open [[between now and eight o'clock]]."],
    },
    {
      value: { start: '2024-05-06T18:00', end: '2024-05-06T23:59', grain: 'minute' },
      texts: ['Fighting resumed [[late Monday]].', 'The deal was agreed [[late on Monday]].'],
    },
    {
      value: { value: '2024-05-08T21:00', grain: 'minute', implied: ['year', 'month', 'day'] },
      texts: ['Polls closed at [[2100 GMT]].'],
    },
    { value: { value: '2024-03-31', grain: 'day' }, texts: ['Churches were full on [[Easter 2024]].'] },
    {
      value: { start: '2024-04-27', end: '2024-04-28', grain: 'day' },
      texts: ['Clashes erupted the [[weekend before last]].'],
    },
    { value: { value: '2024-05-09', grain: 'day' }, texts: ['Talks will resume the [[following day]].'] },
    { value: { value: '2024-05-07', grain: 'day' }, texts: ['Police said the suspect fled the [[previous day]].'] },
    { value: { value: '2022', grain: 'year' }, texts: ['Prices fell 30% from their [[2022]] peak.'] },
    { value: { value: '2024', grain: 'year' }, texts: ['Shares gained 22% [[this year]] before the war.'] },
    {
      value: { value: '2024-06-21', grain: 'day' },
      texts: ['The vote is set for the [[21st of next month]].', 'The vote is set for the [[21st next month]].'],
    },
    {
      date: '2024-09-10',
      value: { start: '2024-05', end: '2025-03', grain: 'month', implied: ['year'] },
      texts: ['The season will run [[May to March]].', 'The season ran [[from May to March]].'],
    },
    {
      value: { start: '2015-12', end: '2016-03', grain: 'month' },
      texts: ['The loan ran [[12/2015 - 03/2016]].', 'The loan ran [[Dec/2015-Mar/2016]].'],
    },
    {
      value: { value: '2024-04', grain: 'quarter' },
      texts: ['Sales rose 4% [[this qtr]].', 'Profit fell in the [[2nd qtr]].'],
    },
    { value: { value: '2023', grain: 'year' }, texts: ['Output was flat [[last yr]].'] },
    {
      value: { start: '2024-10-26', end: '2024-10-27', grain: 'day', implied: ['year'] },
      texts: ['The festival returns on the [[last weekend of October]].'],
    },
    {
      // The qualifier belongs to the month's span.
      value: { value: '2025-03', grain: 'month', implied: ['year'] },
      texts: ['The new terminal will open [[next March]].'],
    },
    { value: { value: '2024-03', grain: 'month', implied: ['year'] }, texts: ['Exports fell [[last March]].'] },
    { value: { value: '2023-05-29', grain: 'day' }, texts: ['Sales peaked on [[Memorial Day of last year]].'] },
    {
      value: { value: '2024-12-31', grain: 'day', implied: ['year'] },
      texts: ["Fireworks are banned on [[new year's eve]]."],
    },
    {
      value: { end: '2024-05-10T18:00', grain: 'minute', mod: 'until' },
      texts: ['Shops will open [[Friday until 6pm]].'],
    },
    {
      value: { value: '2024-05-08T11:45', grain: 'minute', implied: ['year', 'month', 'day'] },
      texts: ['The ceremony starts at [[a quarter to noon]].'],
    },
    {
      value: { value: '2024-05-08T23:55', grain: 'minute', implied: ['year', 'month', 'day'] },
      texts: ['The polls close at [[five to midnight]].'],
    },
    { value: { value: '2015-03-03', grain: 'day' }, texts: ['The filing is dated [[2015-3-3]].'] },
    // Moving holidays: Easter-based, on the Umm al-Qura, Hebrew and Chinese calendars; some last days.
    {
      value: { start: '2024-03-11', end: '2024-04-09', grain: 'day', implied: ['year'] },
      texts: [
        'Shops closed early during [[Ramadan]].',
        'Prices of dates soared ahead of the holy month of [[Ramadan]].',
      ],
    },
    {
      value: { start: '2018-05-16', end: '2018-06-14', grain: 'day' },
      texts: ['Attacks rose during [[Ramadan 2018]].'],
    },
    {
      value: { value: '2024-02-10', grain: 'day', implied: ['year'] },
      texts: [
        'Millions travelled home for [[Lunar New Year]].',
        'Sales peaked in the days around [[Chinese New Year]].',
      ],
    },
    {
      value: { value: '2024-03-24', grain: 'day', implied: ['year'] },
      texts: ['Pilgrims filled the square on [[Palm Sunday]].'],
    },
    {
      value: { value: '2024-02-14', grain: 'day', implied: ['year'] },
      texts: ['The fast began on [[Ash Wednesday]].'],
    },
    {
      value: { start: '2024-02-14', end: '2024-03-30', grain: 'day', implied: ['year'] },
      texts: ['Many gave up meat for [[Lent]].'],
    },
    {
      value: { value: '2024-05-05', grain: 'day', implied: ['year'] },
      texts: ['Churches were full on [[Orthodox Easter]].'],
    },
    { value: { value: '2023-09-25', grain: 'day', implied: ['year'] }, texts: ['The truce held on [[Yom Kippur]].'] },
    { value: { value: '2018-09-19', grain: 'day' }, texts: ['The strike fell on [[Yom Kippur 2018]].'] },
    {
      value: { start: '2024-04-23', end: '2024-04-30', grain: 'day', implied: ['year'] },
      texts: ['Families gathered for [[Passover]], the rabbi said.'],
    },
    // Clock times as spoken and as wire copy writes them.
    {
      value: { value: '2024-05-08T10:30', grain: 'minute', implied: ['year', 'month', 'day'] },
      texts: ['The ceremony begins at [[1030]].', 'The ceremony begins at [[1030 am]].', 'Doors open at [[half ten]].'],
    },
    {
      value: { value: '2024-05-08T19:30', grain: 'minute', implied: ['year', 'month', 'day'] },
      texts: ['Kick-off is at [[half seven]].', 'The vigil starts at [[730 p.m.]]'],
    },
    { value: { value: '2024-05-09T10:30', grain: 'minute' }, texts: ['The court sits again at [[1030 tomorrow]].'] },
    {
      value: { start: '2024-05-08T15:30', end: '2024-05-08T17:59', grain: 'minute', implied: ['year', 'month', 'day'] },
      texts: ['The polls are open [[from 3:30 to six p.m.]]'],
    },
    {
      value: { start: '2024-05-08T12:00', end: '2024-05-08T13:59', grain: 'minute' },
      texts: ['The cabinet met at [[lunchtime on Wednesday]].'],
    },
    {
      value: { start: '2024-05-07T13:00', end: '2024-05-07T16:59', grain: 'minute' },
      texts: ['He spoke to reporters [[after lunch on Tuesday]].'],
    },
    {
      value: { start: '2024-02-17T08:00', end: '2024-02-17T11:59', grain: 'minute', implied: ['year'] },
      texts: ['Troops entered the town on the [[morning of the 17th of February]].'],
    },
    {
      // an hour with no am / pm beside a part of the day falls in or nearest it
      value: { value: '2024-05-08T07:00', grain: 'minute' },
      texts: ['The blast shook the port at [[7 this morning]].', 'Firefighters arrived at [[seven this morning]].'],
    },
    {
      // the small hours of last night are the reference day's
      value: { value: '2024-05-08T02:00', grain: 'minute' },
      texts: ['The quake struck at [[2 last night]].'],
    },
    { value: { value: '2024-05-08T20:00', grain: 'minute' }, texts: ['Polls close at [[8 this evening]].'] },
    {
      // seconds, read to the minute
      date: '2024-05-08T10:00',
      value: { value: '2024-05-08T10:00', grain: 'minute' },
      texts: ['The rocket lifts off [[in 40 seconds]].', 'The doors open [[ten seconds from now]].'],
    },
    {
      date: '2024-05-08T10:00',
      value: { value: '2024-05-08T10:01', grain: 'minute' },
      texts: ['The countdown ends [[in 75 seconds]].'],
    },
    {
      date: '2024-05-08T10:00',
      value: { start: '2024-05-08T09:59', end: '2024-05-08T09:59', grain: 'minute' },
      texts: ['Markets have been calm over the [[last 30 seconds]].'],
    },
    {
      // a part of the day with no day told: the reference day's
      value: { start: '2024-05-08T13:00', end: '2024-05-08T16:59', grain: 'minute' },
      texts: ['Debate on the bill resumes [[after lunch]].', 'Senators return [[after\u00A0lunch]].'],
    },
    {
      value: { start: '2024-05-08T12:00', end: '2024-05-08T13:59', grain: 'minute' },
      texts: ['Protesters gathered outside the ministry at [[lunchtime]].'],
    },
    {
      value: { start: '2024-05-08T12:00', end: '2024-05-08T15:59', grain: 'minute' },
      texts: [
        'The governor is due to sign the order in the [[afternoon]].',
        'Rescuers reached the village during the [[afternoon]].',
      ],
    },
    {
      value: { start: '2024-05-05T00:00', end: '2024-05-05T05:59', grain: 'minute' },
      texts: [
        'The blast shook the city in the [[early hours of Sunday]].',
        'Police were called in the [[small hours of Sunday morning]].',
      ],
    },
    // Counted from the end of a period; a day of a month named from the reference.
    { value: { value: '2024-12-09', grain: 'week' }, texts: ['Talks stall in the [[third last week of 2024]].'] },
    {
      value: { value: '2024-05-27', grain: 'day', implied: ['year'] },
      texts: ['The offer ends on the [[fifth last day of May]].'],
    },
    { value: { value: '2024-06-20', grain: 'day' }, texts: ['The trial resumes on [[20 of next month]].'] },
    { value: { value: '2018-10', grain: 'quarter' }, texts: ['Margins narrowed in [[2018Q4]].'] },
    {
      value: { value: '2024-05-08', grain: 'day' },
      texts: ['No arrests have been made [[at this time]].', 'Supplies are fine [[at the minute]], he said.'],
    },
    {
      value: { value: '2024-05-09', grain: 'day' },
      texts: ['The vote, set for [[Thu]], may slip.', 'The vote is set for [[Thurs.]]'],
    },
    { value: { value: '2024-05-10', grain: 'day' }, texts: ['Markets reopen [[Fri]], officials say.'] },
    // British results count months back from the last one named.
    {
      value: { start: '2023-07', end: '2023-09', grain: 'month', implied: ['year'] },
      texts: ['Sales jumped 8% in the [[three months to September]].'],
    },
    {
      value: { start: '2023-04', end: '2024-03', grain: 'month' },
      texts: ['Profit fell 4% in the [[year to March 2024]].', 'Profit fell 4% in the [[12 months ended March 2024]].'],
    },
    // A forecast is about the period running now or ahead, even when "said" reports it; "ended" has ended.
    {
      value: { start: '2023-07', end: '2024-06', grain: 'month', implied: ['year'] },
      texts: [
        'The company now expects pre-tax profit of £80m for the [[year to June 30]], it said.',
        'The chain said it now sees sales growth of 3% in the [[12 months to June]].',
        'The bank now sees profit rising in the [[year ending June 30]], it said.',
      ],
    },
    {
      value: { start: '2022-07', end: '2023-06', grain: 'month', implied: ['year'] },
      texts: ['It expects profit for the [[year ended June 30]] to beat its forecast.'],
    },
    {
      value: { start: '2023-04', end: '2023-09', grain: 'month', implied: ['year'] },
      texts: ['The retailer said sales rose 4% in the [[six months to September]], and it expects more.'],
    },
    {
      value: { start: '2024-01', end: '2024-03', grain: 'month', implied: ['year'] },
      texts: ['Sales were weak in the [[January-March]] quarter.'],
    },
    // A day (or month) and the year named after it are one date.
    {
      value: { value: '2025-01-01', grain: 'day', implied: ['year'] },
      texts: [
        'The plant will open on [[January 1 next year]].',
        'The plant will open on [[1 January next year]].',
        'The plant will open on [[January 1, next year]].',
        'The plant will open on the [[1st of January next year]].',
        'The plant will open on [[Wednesday, January 1 next year]].',
        'The plant will open on [[Jan. 1 of next year]].',
      ],
    },
    {
      value: { value: '2023-03-05', grain: 'day', implied: ['year'] },
      texts: ['The two leaders met on [[March 5 last year]].', 'The two leaders met on [[5 March last year]].'],
    },
    {
      value: { value: '2024-06-03', grain: 'day', implied: ['year'] },
      texts: ['The law takes effect on [[June 3 this year]].'],
    },
    {
      value: { value: '2025-01', grain: 'month', implied: ['year'] },
      texts: ['Construction starts in [[January next year]].', 'The tariffs apply from [[January next year]].'],
    },
    {
      value: { value: '2023-05', grain: 'month', implied: ['year'] },
      texts: ['The vote was held in [[May last year]].'],
    },
    // A number before "next year" is no day of it: a count, a version, a rank.
    {
      value: { value: '2025', grain: 'year' },
      texts: [
        'Version 1 [[next year]] will add offline maps.',
        'The club, ranked 1 [[next year]] by the league, hosts the final.',
      ],
    },
    { value: { value: '2023', grain: 'year' }, texts: ['Theresa May [[last year]] ruled out a vote.'] },
    { value: { end: '2024-12', grain: 'month', mod: 'until' }, texts: ['The merger should close [[by year-end]].'] },
    {
      value: { end: '2024-05-10T23:59', grain: 'minute', mod: 'until' },
      texts: ['Bids are due [[by close of business Friday]].', 'Bids are due [[by end of day Friday]].'],
    },
    {
      value: { value: '2024-04', grain: 'quarter', implied: ['year'] },
      texts: ['Margins improved in the [[second-quarter]].'],
    },
    {
      value: { start: '2024-05-04', end: '2024-05-05', grain: 'day' },
      texts: ['Thousands marched [[this past weekend]].'],
    },
    {
      value: { start: '2024-05-11', end: '2024-05-12', grain: 'day' },
      texts: ['More rallies are planned for [[this coming weekend]].'],
    },
    {
      value: { start: '2024-05-09T12:00', end: '2024-05-09T13:59', grain: 'minute' },
      texts: ['The envoys meet [[tomorrow at lunch]].', 'The envoys meet [[tomorrow lunchtime]].'],
    },
    {
      value: { start: '2024-05-08T22:00', end: '2024-05-08T23:59', grain: 'minute' },
      texts: ['The storm should reach the coast [[late tonight]].'],
    },
    { value: { value: '2024-04-25', grain: 'day' }, texts: ['The fire started [[two Thursdays back]].'] },
    {
      value: { start: '2024-01', end: '2024-04', grain: 'month', mod: 'start' },
      texts: ['Rents rose at the [[start of year]], the survey said.'],
    },
    { value: { value: '2024-05-11T20:00', grain: 'minute' }, texts: ['Diners can reserve [[Saturday for 8pm]].'] },
    {
      // a contracted will / are + -ing nearer the date than "said"
      value: { value: '2025-03-03', grain: 'day', implied: ['year'] },
      texts: ['He said they’ll meet on [[March 3]].', "She said we're meeting on [[March 3]]."],
    },
    {
      // no tense cue: ahead, as a day without year
      value: { value: '2025-03-17', grain: 'day', implied: ['year'] },
      texts: ['The parade returns on [[St Paddy’s Day]].'],
    },
    {
      value: { value: '2024-05-07T08:00', grain: 'minute' },
      texts: ['Trading resumed on [[Tuesday (0800 GMT]]) after the holiday.'],
    },
    {
      value: { value: '2024-05-06T06:00', grain: 'minute' },
      texts: ['The strike began at [[0600 local time on Monday]].'],
    },
    {
      value: { value: '2024-05-07', grain: 'day' },
      texts: [
        'On [[Tuesday]], 12 people died in the blast.',
        'Rescuers said on [[Tuesday]], 40 people were still missing.',
      ],
    },
    {
      value: { value: '2024', grain: 'year' },
      texts: ['He won the [[2024]] election by a wide margin.', 'Talks stalled during the [[2024]] budget crisis.'],
    },
    {
      value: { value: '2024-03', grain: 'month', implied: ['year'] },
      texts: ['In [[March]] 2 people were killed in similar raids.'],
    },
    { value: { value: '2024-05-05', grain: 'day' }, texts: ['On [[Sunday]], 5 of the 11 ministers resigned.'] },
    {
      value: { value: '2024-05-09T21:00', grain: 'minute' },
      texts: ['Programme note: [[9 tomorrow evening]], live from the hall.'],
    },
    {
      value: { value: '2024-05-07', grain: 'day' },
      texts: ['The envoy left on [[Tuesday]].', 'Fans sang and drank on [[Tuesday]].'],
    },
    {
      value: { start: '1800', end: '1899', grain: 'year' },
      texts: ['The mill was built in the [[1800s]].', 'The mill was built in the [[nineteenth century]].'],
    },
    {
      value: { start: '2024-04-27', end: '2024-05-03', grain: 'day', implied: ['year'] },
      texts: ['Jobless claims fell in the [[week ended May 3]].'],
    },
    {
      value: { value: '2024-05-08T11:02', grain: 'minute' },
      texts: ['Last modified on [[Wed 8 May 2024 11.02 BST]]'],
    },
    {
      value: { value: '2024-05-08T10:45', grain: 'minute' },
      texts: ['By staff writers [[Wednesday, May 8, 2024 | 10:45 a.m.]]'],
    },
    {
      value: { value: '2024', grain: 'year' },
      texts: ['Revenue in [[FY2024]] rose 8%.', 'Revenue in fiscal [[2024]] rose 8%.'],
    },
    // Typographic apostrophes and narrow no-break spaces read like their plain twins.
    {
      // "Let's" looks ahead as "will" does.
      value: { value: '2025-02-22', grain: 'day' },
      texts: ['Let’s meet on [[February 22nd]].', "Let's meet on [[February 22nd]]."],
    },
    {
      value: { value: '1987-10', grain: 'month' },
      texts: [
        'The crash of [[October ’87]] still haunts traders.',
        "The crash of [[October '87]] still haunts traders.",
      ],
    },
    {
      value: { value: '2022', grain: 'year' },
      texts: ['Growth slowed from [[2022]]’s peak.', "Growth slowed from [[2022]]'s peak."],
    },
    {
      value: { value: '2024-05-08', grain: 'day' },
      texts: ['The summit opens on [[8\u202FMay\u202F2024]] in Paris.'],
    },
    // Session 5: typed-out decades, parts of the day named from yesterday / tomorrow, am / pm
    // after a day, dated dashes after a weekday, a clock time with a length, hours in words.
    {
      value: { start: '1990', end: '1999', grain: 'year' },
      texts: ['Growth was faster in the [[1990 s]].', 'Growth was faster in the [[1990s]].'],
    },
    {
      value: { start: '2024-05-07T16:00', end: '2024-05-07T19:59', grain: 'minute' },
      texts: ['The minister spoke [[last evening]].', 'The minister spoke [[yesterday evening]].'],
    },
    {
      value: { start: '2024-05-09T08:00', end: '2024-05-09T11:59', grain: 'minute' },
      texts: [
        'Talks resume [[next morning]].',
        'The door opens [[tomorrow am]].',
        'Talks resume [[tomorrow morning]].',
      ],
    },
    {
      value: { start: '2024-05-09T22:30', end: '2024-05-09T23:44', grain: 'minute' },
      texts: ['The eclipse will peak [[next evening between 10:30 and 11:45]].'],
    },
    {
      value: { start: '2024-05-08T12:00', end: '2024-05-08T15:59', grain: 'minute' },
      texts: ['The office is shut [[today pm]].', 'The office is shut [[today p.m.]], staff said.'],
    },
    {
      value: { value: '2024-05-08', grain: 'day' },
      texts: ['[[Today]] PM Modi opened the bridge.', '[[Today]] am I wrong to hope?'],
    },
    {
      value: { value: '2024-05-10', grain: 'day', implied: ['year'] },
      texts: ['The call is set for [[Friday 5-10]] with the donors.'],
    },
    {
      // Hours, not 4 November: a weekday points within a week of the reference.
      value: { start: '2024-05-13T11:00', end: '2024-05-13T15:59', grain: 'minute' },
      texts: ['The desk is staffed [[Monday 11-4]].'],
    },
    {
      value: { start: '2024-05-08T09:30', end: '2024-05-08T16:29', grain: 'minute' },
      texts: [
        'The road is closed from [[9:30am for 7 hours]].',
        'The road is closed [[for seven hours from 9:30 a.m.]]',
      ],
    },
    {
      value: { start: '2024-05-14T22:00', end: '2024-05-15T05:59', grain: 'minute' },
      texts: ['Crews will work on [[May 14 from 10pm for eight hours]].'],
    },
    {
      value: { start: '2024-05-08T17:00', end: '2024-05-08T18:59', grain: 'minute' },
      texts: ['The polls are open [[five to seven today]].', 'The polls are open [[from five to seven today]].'],
    },
    {
      value: { value: '2024', grain: 'year' },
      texts: ['[[FY24]] revenue rose 8%.', 'Output rose in [[CY24]].'],
    },
    {
      value: { value: '2024-05-08T15:20', grain: 'minute', implied: ['year', 'month', 'day'] },
      texts: ['The train left at [[3:20 in afternoon]].'],
    },
    { value: { value: '2021', grain: 'year' }, texts: ['The plant closed about [[three years ago]].'] },
    {
      value: { start: '2024-06-03T16:00', end: '2024-06-03T19:59', grain: 'minute' },
      texts: ['The council meets on the [[first Monday evening of next month]].'],
    },
    {
      // A score before a day is no range of hours.
      value: { value: '2024-05-05', grain: 'day' },
      texts: ['They won 3-2 on [[Sunday]].', 'They won 1-4 on [[Sunday]].'],
    },
    {
      value: { start: '2024-05-11T09:00', end: '2024-05-11T16:59', grain: 'minute' },
      texts: ['The shop opens [[Saturday 9-5]].'],
    },
    {
      value: { value: '1998', grain: 'year' },
      texts: ["The firm was sold in [['98]].", 'The firm was sold in [[’98]].'],
    },
    {
      // A 12-hour clock time whose morning hour has passed is the one to come, unless told in the past.
      date: '2024-05-08T10:20',
      value: { value: '2024-05-08T20:30', grain: 'minute', implied: ['year', 'month', 'day'] },
      texts: ['Doors open [[8:30]].'],
    },
    {
      date: '2024-05-08T10:20',
      value: { value: '2024-05-08T08:30', grain: 'minute', implied: ['year', 'month', 'day'] },
      texts: ['The blast struck [[8:30 local time]], police said.'],
    },
    {
      // Midnight with no date, not told in the past, ends the reference day.
      value: { value: '2024-05-09T00:00', grain: 'minute', implied: ['year', 'month', 'day'] },
      texts: ['The curfew starts at [[midnight]].'],
    },
    {
      value: { value: '2024-05-08T00:00', grain: 'minute', implied: ['year', 'month', 'day'] },
      texts: ['The blast struck at [[midnight]].'],
    },
    {
      value: { start: '2024-05-07T00:00', end: '2024-05-07T11:59', grain: 'minute' },
      texts: ['Police raided the house [[early Tuesday]].', 'Police raided the house [[early on Tuesday]].'],
    },
    {
      // Told ahead with nothing before it to follow, "later" counts from the reference.
      value: { value: '2024-05-10', grain: 'day' },
      texts: ['The board will decide [[two days later]].'],
    },
    {
      value: { value: '2024-05-03', grain: 'day', implied: ['year'] },
      texts: ['He was arrested on [[May 3]]. Two days later, he was freed.'],
    },
    {
      value: { value: '1998', grain: 'year' },
      texts: ['The firm was founded in [[1998]]; ten years later it went bust.'],
    },
    { value: { value: '2024-05-13', grain: 'week' }, texts: ['Please schedule it for the [[following week]].'] },
  ],
  negatives: [
    // "within" counted from an event, or told in the past: no period from now.
    'He resigned within two years of taking office.',
    'Sales doubled within a year, the firm said.',
    'The rebels were defeated within three months.',
    'The next step is a vote.',
    'He sat down, and the sun rose.',
    'The wall stands in 6’ of water.',
    'The score was 17 02 at the break.',
    'The ratio rose in 2 more regions.',
    'Shares rose 11.02 percent in early trade.',
    'The 2000 employees went on strike.',
    'Talks stalled after the 2024 budget crisis.',
    'April Jones was found safe.',
    'June Carter sang the hymn.',
    'Year-end bonuses were cut.',
    'The three months to may be the hardest.',
    'The index closed at 1030.',
    'The Dow stood at 1150.',
    'Half three-quarters of the budget went unspent.',
    'He ate half three pizzas.',
    'It was a working lunch.',
    'Lunch meetings are long.',
    'She usually runs in the morning.',
    'The canteen is always full at lunchtime.',
    'The concert sold out in 40 seconds.',
    'He scored in the last 3 seconds of the game.',
    'The vote went to a second round.',
    'The talks will move to a second phase.',
    'He ate lunch with the envoy.',
    'He spoke in the afternoon session of the summit.',
    "She recalled the evening's debate.",
    'Crowds gathered in the morning of the vote.',
    'Tariq Ramadan denied the charges.',
    'The bank lent $5 billion to the utility.',
    'Lent money is rarely repaid.',
    'The home side won 16 to 5 in a tense match.',
    'It took a quarter of an hour to load the trucks.',
    'Theresa May to visit Paris.',
    'The firm cut its 2000 employees by half.',
    'The court freed him the next day, his lawyer said.',
    'They met the day after the election.',
    "The next day's session was cancelled.",
    'The odds were at 3 to 1.',
    'He left school at 17.',
    'She won in 2:05.3 in the final.',
    'The envoys met at 10 Downing Street.',
    'The team rested for the rest of the day.',
    'The score was 2015 - 32 at the break.',
    'Windows 2000 was released with fanfare.',
    'Flight 1492 was delayed by fog.',
    'A last-minute deal was struck.',
    'His new year resolution failed.',
    'Scores were 3 years, 2 months and 4 days apart.',
    'Theresa May said the deal was fair.',
    'The team sealed a 2-1 win on the road.',
    'Thousands march on the capital.',
    'He writes for the Sunday Times.',
    'He works a 35-hour work week.',
    'The first two weeks were hard.',
    'The company will create 2,500 jobs in the region.',
    'The team scored three goals in two matches.',
    'NASA sent a probe to Mars.',
    'Prices may rise again.',
    'The report runs to 1,250 pages and 2018 annexes.',
    'The screen has a 4:3 aspect ratio.',
    'Call 555-0134 for details.',
    'Add 3/4 cup of flour to the mix.',
    'The team won 16 to 5 at home.',
    'It is now known that the plan failed.',
    'He joined the 7th Cavalry as a volunteer.',
    'The union said two thousand and fifteen workers had signed.',
    'Exports reached two thousand tonnes.',
    'At the end of the day, voters will decide.',
    'Six people died and nine were injured.',
    'The order of the day was austerity.',
    'For the year, net income rose 4%.',
    'He left the year before the war.',
    'It is the best-selling film to date.',
    'The index closed at 1030 points.',
    'The town has three churches and two Sunday schools.',
    'He scored twice, one thirty seconds after the restart.',
    'On the last evening of the festival, fireworks lit the sky.',
    'On his last morning in office, he signed the bill.',
    'They spent their last evening together.',
    'He was freed and flew home next morning.',
    'The next morning session was cancelled.',
    'He got five to seven years in prison.',
    'The team trailed two to three at the break.',
    'The home side lost two to three.',
    'He ran the lap in 90 s flat.',
    'Boeing delivered the 747 to the airline.',
    'The Lakers trailed at 5-3 early on.',
    'Saturday Night Live returns with a new host.',
    'Highs will be in the upper 80s.',
    'Output rose in the cy24 scheme.',
    'The market is closed every Monday.',
    'The city was founded in 1200 BC.',
    'She ran the mile in 4:02 to win.',
    'He scored at 2:31 of the third period.',
    'With 1:45 left, the hosts led.',
    'Two days later, he was released.',
    'The following week, he was freed.',
    'The results came three weeks later than planned.',
    'Two years and three months later, the case was closed.',
    'By 1500 B.C., the town was gone.',
    'Each Friday, the council meets.',
    'Temperatures reached the 90s across the state.',
    'The Eagles host Monday Night Football.',
  ],
});
