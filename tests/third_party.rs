//! The no-third-party rule (issue 8, DESIGN §8): nothing a page or stylesheet makes the
//! browser fetch may come from another site; links out are fine.

use crate::support::{TestSite, page};

#[test]
fn a_cdn_script_fails_the_build_and_names_the_page_and_url() {
    let site = TestSite::new().file(
        "content/quiz.md",
        &page(
            "Quiz",
            "A quiz.\n\n<script src=\"https://cdn.jsdelivr.net/npm/quiz@1/quiz.min.js\"></script>\n",
        ),
    );
    let run = site
        .build()
        .fails()
        .says("page /quiz/ loads a script from another site: https://cdn.jsdelivr.net/npm/quiz@1/quiz.min.js")
        .says("content/quiz.md:6:14")
        .says("static/");
    assert!(!run.output.exists(), "nothing is published");
}

#[test]
fn fonts_frames_images_and_stylesheets_from_elsewhere_fail_too() {
    let body = "<iframe src=\"https://www.youtube.com/embed/abc\" title=\"Video\"></iframe>\n\n\
                <img src=\"//images.example.com/p.png\" alt=\"A picture\">\n";
    TestSite::new()
        .file("content/video.md", &page("Video", body))
        .file(
            "templates/page.html",
            "{% extends \"base.html\" %}{% block head %}<link rel=\"stylesheet\" href=\"https://fonts.googleapis.com/css2?family=Roboto\">{% endblock head %}{% block main %}<h1>{{ page.title }}</h1>{{ page.content | safe }}{% endblock main %}",
        )
        .file(
            "static/fonts.css",
            "@import url(\"https://fonts.googleapis.com/css2?family=Lato\");\n@font-face{font-family:X;src:url(https://fonts.gstatic.com/x.woff2)}",
        )
        .build()
        .fails()
        .says("page /video/ loads a frame from another site: https://www.youtube.com/embed/abc")
        .says("page /video/ loads an image from another site: //images.example.com/p.png")
        .says("loads a stylesheet from another site: https://fonts.googleapis.com/css2?family=Roboto")
        .says("the stylesheet /fonts.css loads a font, image or stylesheet (from CSS) from another site: https://fonts.gstatic.com/x.woff2")
        .says("static/fonts.css:2")
        .says("https://fonts.googleapis.com/css2?family=Lato");
}

#[test]
fn links_out_and_the_sites_own_address_are_fine() {
    let body = "[NSPCC](https://www.nspcc.org.uk/) and <a href=\"https://www.childline.org.uk/\">Childline</a>\n\n\
                <img src=\"https://test.sch.uk/safety/logo.svg\" alt=\"Logo\">\n\n\
                <img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"\">\n";
    TestSite::new()
        .file("content/help.md", &page("Help", body))
        .file(
            "static/own.css",
            "a{background:url(//test.sch.uk/safety/dot.svg)}b{background:url(/dot.svg)}",
        )
        .file("static/dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        .file("static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        .build()
        .ok()
        .has("help/index.html", "https://www.nspcc.org.uk/")
        .has("own.css", "url(dot.svg)");
}
