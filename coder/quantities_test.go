package coder

import (
	"testing"

	"github.com/marsad-project/marsad"
)

func checkQuantitySpans(t testing.TB, text string, qs []marsad.Quantity) {
	t.Helper()
	for _, q := range qs {
		if q.Start < 0 || q.End < q.Start || q.End > len(text) || text[q.Start:q.End] != q.Text {
			t.Fatalf("quantity %+v does not slice the text", q)
		}
		if a := q.About; a != nil && (a.Start < 0 || a.End < a.Start || a.End > len(text) || text[a.Start:a.End] != a.Text) {
			t.Fatalf("about %+v does not slice the text", a)
		}
	}
}

func TestSeedQuantities(t *testing.T) {
	text, an, ms := seedMentions(t)
	got := findQuantities(an, ms)
	checkQuantitySpans(t, text, got)
	for _, q := range got {
		t.Logf("%v %s %q about %+v", q.Value, q.Unit, q.Text, q.About)
	}
	want := []struct {
		value         float64
		text, country string
		code          string
	}{
		{3000, "ثلاثة آلاف جندي", "", "IGOMIL"},
		{2500, "2500 جندي أمريكي", "USA", "USAMIL"},
	}
	if len(got) != len(want) {
		t.Fatalf("%d quantities in the seed, want %d", len(got), len(want))
	}
	for i, w := range want {
		q := got[i]
		if q.Value != w.value || q.Unit != "troops" || q.Text != w.text || q.About == nil || q.About.Code != w.code || q.About.Country != w.country {
			t.Errorf("quantity %d = %v %s %q about %+v, want %v troops %q about %s", i, q.Value, q.Unit, q.Text, q.About, w.value, w.text, w.code)
		}
	}
}

func TestFindQuantities(t *testing.T) {
	type want struct {
		value      float64
		unit, text string
		about      string // code of the actor, "-" for none
	}
	tests := []struct {
		text string
		want []want
	}{
		{"وصل إلى القاعدة 2500 جندي أمريكي أمس.", []want{{2500, "troops", "2500 جندي أمريكي", "USAMIL"}}},
		{"ينتشر نحو ثلاثة آلاف جندي من قوات التحالف الدولي في البلاد.", []want{{3000, "troops", "ثلاثة آلاف جندي", "IGOMIL"}}},
		{"أرسلت أنقرة 500 جندي تركي إلى الحدود.", []want{{500, "troops", "500 جندي تركي", "TURMIL"}}},
		{"قتل 15 شخصا في انفجار وسط بغداد.", []want{{15, "dead", "15 شخصا", "-"}}},
		{"أسفر القصف عن مقتل أكثر من 20 مدنيا وإصابة 40 آخرين.", []want{{20, "civilians", "20 مدنيا", "-"}, {40, "wounded", "40 آخرين", "-"}}},
		{"وأعلن مصدر أمني مقتل ثمانية وإصابة عشرة بينهم ثلاثة.", []want{{8, "dead", "ثمانية", "-"}, {10, "wounded", "عشرة", "-"}}},
		{"سقط عشرات القتلى والجرحى في المواجهات.", []want{{10, "dead", "عشرات القتلى", "-"}}},
		{"استقبل الأردن أكثر من 600 ألف لاجئ سوري منذ بدء الحرب.", []want{{600000, "refugees", "600 ألف لاجئ سوري", "SYRREF"}}},
		{"تعهدت الدول المانحة بتقديم 2.5 مليار دولار للمساعدات.", []want{{2.5e9, "usd", "2.5 مليار دولار", "-"}}},
		{"خصصت الحكومة ملايين الدولارات لإعادة الإعمار.", []want{{1e6, "usd", "ملايين الدولارات", "-"}}},
		{"رصدت الوزارة 300 مليون ريال سعودي للمشروع.", []want{{3e8, "sar", "300 مليون ريال سعودي", "-"}}},
		{"بلغت الخسائر مليار دينار عراقي.", []want{{1e9, "iqd", "مليار دينار عراقي", "-"}}},
		{"أطلقت الجماعة 12 صاروخا و3 طائرات مسيرة على المدينة.", []want{
			{12, "missiles", "12 صاروخا", "-"},
			{3, "drones", "3 طائرات مسيرة", "-"},
		}},
		{"دمرت الغارات خمس دبابات وعشر مدرعات.", []want{
			{5, "tanks", "خمس دبابات", "-"},
			{10, "vehicles", "عشر مدرعات", "-"},
		}},
		{"اعتقلت الشرطة 30 عنصرا من تنظيم داعش.", []want{{30, "members", "30 عنصرا", "IMGSUNISI"}}},
		{"ارتفعت الأسعار 50 في المائة خلال عام 2020، وصدر القرار 2254.", nil},
		{"عقدت الجولة الرابعة من الحوار، وسيطر التنظيم على ثلث القتلى.", nil},
		{"خرج مئات من المتظاهرين، وأصيب 40 شخصا بجروح.", []want{
			{100, "protesters", "مئات من المتظاهرين", "-"},
			{40, "wounded", "40 شخصا", "-"},
		}},
		{"تضم القاعدة نحو 200 من قوات التحالف.", []want{{200, "troops", "200 من قوات التحالف", "IGOMIL"}}},
		{"تنتج البلاد 4 ملايين برميل يوميا.", []want{{4e6, "barrels", "4 ملايين برميل", "-"}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			an, ms := analyse(t, tt.text)
			got := findQuantities(an, ms)
			checkQuantitySpans(t, tt.text, got)
			if len(got) != len(tt.want) {
				t.Fatalf("%d quantities %+v, want %d", len(got), got, len(tt.want))
			}
			for i, q := range got {
				w := tt.want[i]
				about := "-"
				if q.About != nil {
					about = q.About.Code
				}
				if q.Value != w.value || q.Unit != w.unit || q.Text != w.text || about != w.about {
					t.Errorf("quantity %d = %v %s %q about %s, want %v %s %q about %s",
						i, q.Value, q.Unit, q.Text, about, w.value, w.unit, w.text, w.about)
				}
			}
		})
	}
}
