package io.scamcheck.intake;

import io.scamcheck.model.HiddenText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {
    @Test
    void whiteTextOnABackgroundPaintedByAStyleRuleIsShown() {
        HtmlText.Result r = HtmlText.convert("<style>.dark { background-color: #111 }</style>"
                + "<table><tr><td class=\"dark\"><span style=\"color:#fff\">Light words on a dark cell</span></td></tr></table>");
        assertThat(r.text()).isEqualTo("Light words on a dark cell");
        assertThat(r.hidden()).isEmpty();
    }

    @Test
    void aStyleRuleBackgroundIsFollowedWhenItsColourIsKnown() {
        HtmlText.Result dark = HtmlText.convert("<style>body { background: #000 }</style><body><p style=\"color:white\">Shown</p></body>");
        assertThat(dark.text()).isEqualTo("Shown");
        HtmlText.Result light = HtmlText.convert("<style>.box { background-color: #ffffff }</style>"
                + "<div class=\"box\">Visible <font color=\"#fefefe\">invisible filler words</font></div>");
        assertThat(light.text()).isEqualTo("Visible");
        assertThat(light.hidden()).extracting(HiddenText::reason).containsExactly("same-color");
        HtmlText.Result unknown = HtmlText.convert("<style>div > p { background: #000 }</style><div><p style=\"color:#fff\">Maybe dark</p></div>");
        assertThat(unknown.text()).as("a rule too complex to follow: no guess").isEqualTo("Maybe dark");
    }

    @Test
    void whiteTextWithNoBackgroundIsHiddenAndItsPlaceKept() {
        HtmlText.Result r = HtmlText.convert("<p>Pay now <span style=\"color:#FFFFFF\">weather report</span>please.</p>");
        assertThat(r.text()).isEqualTo("Pay now please.");
        assertThat(r.hidden()).singleElement().satisfies(h -> {
            assertThat(h.text()).isEqualTo("weather report");
            assertThat(h.reason()).isEqualTo("same-color");
            assertThat(h.at().start()).isEqualTo("Pay now ".length());
        });
    }

    @Test
    void linksKeepShownWordsAndRealTargets() {
        HtmlText.Result r = HtmlText.convert("<p>Go to <a href=\" https://evil.example/x \"><b>paypal</b>.com</a> now</p>"
                + "<p><a href=\"javascript:alert(1)\">click</a> <a href=\"#top\">top</a></p>");
        assertThat(r.links()).hasSize(2);
        assertThat(r.links().get(0).shownText()).isEqualTo("paypal.com");
        assertThat(r.links().get(0).target()).isEqualTo("https://evil.example/x");
        assertThat(r.links().get(0).span().textOf(r.text())).isEqualTo("paypal.com");
        assertThat(r.links().get(1).target()).isEqualTo("javascript:");
    }

    @Test
    void hidingStylesAreRecognised() {
        assertThat(HtmlText.hidingReason("display: none !important")).isEqualTo("display-none");
        assertThat(HtmlText.hidingReason("font-size:0pt")).isEqualTo("zero-size");
        assertThat(HtmlText.hidingReason("max-height:0px; overflow:hidden")).isEqualTo("zero-size");
        assertThat(HtmlText.hidingReason("opacity:0")).isEqualTo("transparent");
        assertThat(HtmlText.hidingReason("position:absolute; left:-5000px")).isEqualTo("offscreen");
        assertThat(HtmlText.hidingReason("font-size:14px; color:#333")).isNull();
        assertThat(HtmlText.hidingReason("height:0")).as("zero height alone lets text overflow, visible").isNull();
        assertThat(new HiddenText("x", "zero-size", new io.scamcheck.model.Span(3, 3)).span().start()).isEqualTo(3);
    }

    @Test
    void responsiveMailKeepsTheWordsThatOnlySomeScreensHide() {
        // A phone copy hidden on computers and a computer copy hidden on phones: a reader sees one of them.
        HtmlText.Result r = HtmlText.convert("<style>@media (min-width: 481px) { .phone { display: none!important } }\n"
                + "@media (max-width: 480px) { .desk { display: none!important } }\n.gone { display: none }</style>"
                + "<div class=\"desk\">Uw buren besparen al.</div><div class=\"gone\">filler words</div>"
                + "<div class=\"phone\">Klik hier</div>");
        assertThat(r.text()).contains("Uw buren besparen al.").contains("Klik hier").doesNotContain("filler");
        assertThat(r.hidden()).extracting(HiddenText::reason).containsExactly("display-none");
    }

    @Test
    void aMediaBlockWithNoScreenConditionStillHides() {
        HtmlText.Result r = HtmlText.convert("<style>@media screen { .x { display:none } }</style>"
                + "<p>Shown <span class=\"x\">secret filler</span></p>");
        assertThat(r.text()).isEqualTo("Shown");
        assertThat(r.hidden()).extracting(HiddenText::text).containsExactly("secret filler");
    }

    @Test
    void aZeroFontSizeCellShowsTheWordsThatSetTheirOwnSize() {
        // Mail layouts put "font-size:0" on a cell to close the gaps between boxes; the words set their own size.
        HtmlText.Result r = HtmlText.convert("<table><tr><td style=\"font-size:0;line-height:0\">stray filler"
                + "<h1 style=\"font-size:35px\">Uw buren besparen al.</h1>"
                + "<p style=\"font-size:16px\">Check direct uw gemeente</p></td></tr></table>");
        assertThat(r.text()).contains("Uw buren besparen al.").contains("Check direct uw gemeente").doesNotContain("filler");
        assertThat(r.hidden()).extracting(HiddenText::text).containsExactly("stray filler");
        HtmlText.Result plain = HtmlText.convert("<p>Shown<span style=\"font-size:0\">tiny <b>filler</b></span></p>");
        assertThat(plain.text()).isEqualTo("Shown");
        assertThat(plain.hidden()).extracting(HiddenText::reason).containsExactly("zero-size");
    }
}
