package extract

import (
	"testing"
	"time"
)

func TestTimeRules(t *testing.T) {
	thu := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC) // a Thursday
	wed := time.Date(2025, 5, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text  string
		pub         time.Time
		expr        string
		date, until string // "" date: no expression found
	}{
		{"weekday, past verb", "He passed a medical on Tuesday.", thu, "Tuesday", "2026-03-03", ""},
		{"weekday, future verb", "He will make his debut on Friday.", thu, "Friday", "2026-03-06", ""},
		{"weekday, could", "He could make his debut on Saturday.", thu, "Saturday", "2026-03-07", ""},
		{"weekday, would after said", "She said fans would protest before Saturday's game.", thu, "Saturday", "2026-03-07", ""},
		{"weekday, the publication day", "The trust said on Thursday it was angry.", thu, "Thursday", "2026-03-05", ""},
		{"weekday, no tense is past", "On Saturday, Zelenskyy and Macron met in Kyiv.", wed, "Saturday", "2025-05-10", ""},
		{"weekday, the clause after that is not its tense", "Podolyak said on a broadcast on Tuesday that leaders would not meet.", wed, "Tuesday", "2025-05-13", ""},
		{"weekday, quoted future", `He said: "I will wait for Putin on Thursday."`, wed, "Thursday", "2025-05-15", ""},
		{"next weekday", "The deadline is next Tuesday.", thu, "next Tuesday", "2026-03-10", ""},
		{"next weekday on the same weekday", "The minister will speak next Thursday.", thu, "next Thursday", "2026-03-12", ""},
		{"last weekday", "The talks ended last Friday.", thu, "last Friday", "2026-02-27", ""},
		{"last week", "The fee was agreed last week.", thu, "last week", "2026-W09", ""},
		{"this week", "The fee was agreed this week.", thu, "this week", "2026-W10", ""},
		{"last weekend", "Fans marched last weekend.", thu, "last weekend", "2026-02-28", "2026-03-01"},
		{"this weekend", "Fans will march this weekend.", thu, "this weekend", "2026-03-07", "2026-03-08"},
		{"last month", "Last month, troops advanced.", wed, "Last month", "2025-04", ""},
		{"next month", "Ministers meet in next month's budget.", time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC), "next month", "2025-11", ""},
		{"next year", "A second analysis is due by the end of next year.", thu, "next year", "2027", ""},
		{"in month, past", "Two offers were turned down in January.", thu, "in January", "2026-01", ""},
		{"in month, past, last year", "He made his debut for Brazil in November.", thu, "in November", "2025-11", ""},
		{"in month, future", "Work is due to begin in September.", thu, "in September", "2026-09", ""},
		{"in month, would", "The council would hold a meeting in June.", thu, "in June", "2026-06", ""},
		{"in month, conditional after it", "The union would strike again in July if no deal was reached.", thu, "in July", "2026-07", ""},
		{"since month", "Talks have been mediated since March.", time.Date(2026, 6, 12, 0, 0, 0, 0, time.UTC), "since March", "2026-03", ""},
		{"month and year", "Ukraine seized land in August 2024.", wed, "August 2024", "2024-08", ""},
		{"a deadline set in the past tense is ahead", "The court gave police until September 15 to switch the cameras off.", time.Date(2025, 6, 17, 0, 0, 0, 0, time.UTC), "September 15", "2025-09-15", ""},
		{"by the end of a month, ordered", "It ordered the agency to delete, by the end of August, every image.", time.Date(2025, 6, 17, 0, 0, 0, 0, time.UTC), "of August", "2025-08", ""},
		{"month and day, nearest", "Fishing families have until April 30 to object.", time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "April 30", "2025-04-30", ""},
		{"month and day, past", "They met on February 28.", wed, "February 28", "2025-02-28", ""},
		{"weekday, month and day", "The council voted on Tuesday, March 11, to approve it.", time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "Tuesday, March 11", "2025-03-11", ""},
		{"day month year", "The law took effect on 11 March 2025.", wed, "11 March 2025", "2025-03-11", ""},
		{"N years ago", "Ashford paid 45 million pounds two years ago.", thu, "two years ago", "2024", ""},
		{"N weeks ago", "The last strike, three weeks ago, cancelled trains.", time.Date(2026, 6, 12, 0, 0, 0, 0, time.UTC), "three weeks ago", "2026-W21", ""},
		{"since year", "Ashford have not won the league since 2019.", thu, "2019", "2019", "2026-03-05"},
		{"by year", "The stadium will be finished by 2028.", thu, "2028", "2028", ""},
		{"year", "Crimea was annexed in 2014.", wed, "2014", "2014", ""},
		{"between years", "Volunteers were recruited between 2012 and 2015.", thu, "between 2012 and 2015", "2012", "2015"},
		{"the past N months", "The Kremlin announced two ceasefires in the past two months.", wed, "in the past two months", "2025-03", "2025-05"},
		{"N-year-old event", "The end of Russia's 3-year-old full-scale invasion of Ukraine.", wed, "3-year-old full-scale invasion", "2022", ""},
		{"holiday", "One truce was 30 hours at Easter.", wed, "Easter", "2025-04-20", ""},
		{"by the end of a month, would", "It said it would cut 4,000 jobs, or 6% of its workforce, by the end of June as sales cooled.", time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC), "of June", "2026-06", ""},
		{"Reuters month", "The results are due on Feb 24.", time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC), "Feb 24", "2026-02-24", ""},
		{"a count is not a year", "About 2000 people marched.", thu, "", "", ""},
		{"a number with a comma is not a year", "It represents 9,000 season-ticket holders.", thu, "", "", ""},
		{"a person's age is not a date", "The 24-year-old signed a five-year contract.", thu, "", "", ""},
		{"may is not May", "The government may withdraw.", thu, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps := readParagraphs(tc.text)
			var txs []timex
			for _, p := range ps {
				txs = append(txs, findTimexes(p, tc.pub)...)
			}
			if tc.date == "" {
				if len(txs) > 0 {
					t.Errorf("found %+v, want nothing", txs)
				}
				return
			}
			for _, tx := range txs {
				if got := ps[0].text[tx.start:tx.end]; got != tc.expr {
					continue
				}
				if want := tc.name == "weekday, no tense is past"; tx.approx != want {
					t.Errorf("approximate %v, want %v", tx.approx, want)
				}
				if tx.date != tc.date || tx.until != tc.until {
					t.Errorf("%q = %s..%s (%s), want %s..%s", tc.expr, tx.date, tx.until, tx.rule, tc.date, tc.until)
				}
				return
			}
			t.Errorf("no expression %q among %+v", tc.expr, txs)
		})
	}
}

func TestEaster(t *testing.T) {
	for y, want := range map[int]string{2024: "2024-03-31", 2025: "2025-04-20", 2026: "2026-04-05"} {
		if got := day(easter(y)); got != want {
			t.Errorf("easter(%d) = %s, want %s", y, got, want)
		}
	}
}
