package brief.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** The article in a web page saved from a browser: its headline and text, without navigation or scripts. */
public final class WebPage {
    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "button, iframe, svg, figure, figcaption, [role=navigation], [role=banner], [role=contentinfo], "
            + "[aria-hidden=true], .advert, .ad, .ads, .share, .social, .newsletter, .related, .comments, .cookie";
    /** Classes of sign-up boxes, promotions and editors' notes; a long block so named ("subscriber-only") is the story. */
    private static final String PROMOTIONS = "[class*=newsletter], [class*=signup], [class*=sign-up], [class*=subscribe], "
            + "[class*=promo], [class*=editor-note], [class*=editors-note], [class*=editor_note], [id*=newsletter], [id*=signup]";
    private static final int PROMOTION_WORDS = 60;
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(cookie|subscribe|sign up|newsletter|all rights "
            + "reserved|©|read more|share this|advertisement|follow us|click here|log in|in your inbox|"
            + "download (?:our|the) app|support (?:our|local) journalism|become a (?:member|subscriber))");
    /** A box around a sign-up form: its heading and blurb go with the form. */
    private static final int FORM_BOX_WORDS = 40;
    private static final int SECTION_LABEL_WORDS = 4;

    private WebPage() {}

    public static Input read(String html) {
        Document doc = Jsoup.parse(html);
        String outlet = meta(doc, "og:site_name");
        String published = meta(doc, "article:published_time");
        if (published == null) {
            Element time = doc.selectFirst("time[datetime]");
            if (time != null) published = time.attr("datetime");
        }
        if (published != null && published.length() >= 10) published = published.substring(0, 10);
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        String headline = h1 != null ? h1.text() : meta(doc, "og:title");
        if (headline == null) headline = doc.title();
        String byline = byline(doc);
        for (Element form : doc.select("form, input[type=email]")) {
            Element box = formBox(form);
            // a page wrapped whole in one form keeps its text
            if (box.parent() != null && Words.count(box.text()) <= FORM_BOX_WORDS) box.remove();
        }
        doc.select(DROPPED).remove();
        for (Element e : doc.select(PROMOTIONS)) if (Words.count(e.text()) <= PROMOTION_WORDS) e.remove();
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.selectFirst("main, [role=main]");
        if (root == null) root = doc.body();
        Set<String> paragraphs = new LinkedHashSet<>();
        Elements blocks = root.select("p, h2, h3, blockquote > p, li, pre");
        List<Element> inOrder = root.getAllElements();
        int headlineAt = h1 == null ? -1 : inOrder.indexOf(h1);
        for (Element block : blocks) {
            if (!block.select("p").isEmpty() && !block.tagName().equals("p")) continue;
            String text = block.text().strip();
            if (text.isEmpty() || text.equals(headline) || isBoilerplate(block, text)) continue;
            // a few words above the headline ("City Hall", "Politics | Local") name the page's section
            if (inOrder.indexOf(block) < headlineAt && Words.count(text) <= SECTION_LABEL_WORDS) continue;
            paragraphs.add(text);
        }
        List<String> body = new ArrayList<>(paragraphs);
        if (byline != null && !paragraphs.contains(byline)) body.add(0, byline);
        String shown = headline == null ? "" : headline.strip();
        StringBuilder plain = new StringBuilder(shown).append("\n\n").append(String.join("\n\n", body)).append('\n');
        return new Input(shown, body, plain.toString(), outlet, published);
    }

    /** "By Dana Whitlock, Staff Writer" in a block of its own that is no paragraph: who wrote the piece. */
    private static String byline(Document doc) {
        // the block of the byline may hold the date and time as well: the innermost one saying "By …" is the line
        for (Element b : doc.select("article [class*=byline], main [class*=byline], [class*=byline]")) {
            String text = b.text().strip();
            if (text.startsWith("By ") && Words.count(text) <= 12) return text;
        }
        return null;
    }

    /** The largest block around a form that says little besides: "Get the Morning Ledger … Sign up". */
    private static Element formBox(Element form) {
        Element box = form;
        while (box.parent() != null && !box.parent().is("article, main, body, [role=main]")
                && Words.count(box.parent().text()) <= FORM_BOX_WORDS) {
            box = box.parent();
        }
        return box;
    }

    private static boolean isBoilerplate(Element block, String text) {
        if (block.tagName().equals("li") && Words.count(text) < 8) return true;
        return Words.count(text) < 25 && BOILERPLATE.matcher(text).find();
    }

    private static String meta(Document doc, String property) {
        Element m = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        if (m == null) return null;
        String content = m.attr("content").strip();
        return content.isEmpty() ? null : content.toLowerCase(Locale.ROOT).equals("null") ? null : content;
    }
}
