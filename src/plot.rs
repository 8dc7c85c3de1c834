//! The reports' line chart: SVG with a logarithmic y axis, written by hand (no plotting dependency)
//! so that a report opens anywhere. The tables are written where their figures are (`mnist::table`,
//! `sweep::report`, `bench::scaling_report`).

use std::fmt::Write;

/// One line of the plot.
pub struct Series<'a> {
    pub name: &'a str,
    pub colour: &'a str,
    /// (x, y): (epoch, test errors) in the table's plot, (temperature's place, mean errors) in the
    /// sweep's, (width's place, seconds) in the scaling benchmark's.
    pub points: Vec<(f64, f64)>,
    /// A reference level drawn dashed in the same colour (the paper's number).
    pub reference: Option<f64>,
    /// Draw the line itself dashed (a second engine beside the first, in the same colour).
    pub dashed: bool,
}

/// An SVG line chart with a logarithmic y axis (errors fall by orders of magnitude early on). The x
/// axis gets about eight numbered ticks, or the given labelled ones. Values below the smallest
/// positive one, or below 1 when every positive value is at least 1 (zero errors), are drawn there.
pub fn svg_plot(
    title: &str,
    x_label: &str,
    y_label: &str,
    series: &[Series],
    x_ticks: Option<&[(f64, String)]>,
) -> String {
    let (w, h) = (720.0, 420.0);
    let (left, right, top, bottom) = (70.0, 170.0, 40.0, 50.0);
    let (pw, ph) = (w - left - right, h - top - bottom);
    // The axis from finite values only, and a floor of a normal number: an infinite or subnormal
    // value would make the log-scale range infinite and the tick loop below endless.
    let all_y = series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.1).chain(s.reference))
        .filter(|y| y.is_finite());
    let floor = all_y
        .clone()
        .filter(|&y| y > 0.0)
        .fold(1.0f64, f64::min)
        .max(f64::MIN_POSITIVE);
    let (mut y_min, mut y_max) = all_y.fold((f64::MAX, 0.0f64), |(lo, hi), y| {
        (lo.min(y.max(floor)), hi.max(y))
    });
    if y_min > y_max {
        (y_min, y_max) = (1.0, 10.0);
    }
    let (ly0, ly1) = ((y_min * 0.8).log10(), (y_max * 1.25).log10());
    let x_max = series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.0))
        .fold(1.0, f64::max);
    let sx = |x: f64| left + pw * (x / x_max);
    let sy = |y: f64| top + ph * (1.0 - (y.max(floor).log10() - ly0) / (ly1 - ly0));
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        s,
        r#"<text x="{}" y="22" font-size="15" text-anchor="middle">{}</text>"#,
        left + pw / 2.0,
        esc(title)
    );
    let _ = writeln!(
        s,
        r##"<rect x="{left}" y="{top}" width="{pw}" height="{ph}" fill="none" stroke="#444"/>"##
    );
    // y ticks: 1, 2, 3, 5, 7 × powers of ten inside the range.
    let mut decade = 10f64.powf(ly0.floor());
    while decade <= 10f64.powf(ly1) {
        for m in [1.0, 2.0, 3.0, 5.0, 7.0] {
            let y = decade * m;
            if y.log10() >= ly0 && y.log10() <= ly1 {
                let py = sy(y);
                let _ = writeln!(
                    s,
                    r##"<line x1="{left}" x2="{}" y1="{py:.1}" y2="{py:.1}" stroke="#ddd"/>"##,
                    left + pw
                );
                // Rounded to 3 decimal places: 0.1 × 3 is not 0.3 in binary.
                let label = format!("{}", (y * 1e3).round() / 1e3);
                let _ = writeln!(
                    s,
                    r#"<text x="{}" y="{:.1}" text-anchor="end">{label}</text>"#,
                    left - 6.0,
                    py + 4.0
                );
            }
        }
        decade *= 10.0;
    }
    let ticks: Vec<(f64, String)> = match x_ticks {
        Some(t) => t.to_vec(),
        None => {
            // About eight.
            let step = nice_step(x_max / 8.0);
            let mut t = Vec::new();
            let mut x = 0.0;
            while x <= x_max + 1e-9 {
                t.push((x, x.to_string()));
                x += step;
            }
            t
        }
    };
    for (x, label) in &ticks {
        let px = sx(*x);
        let _ = writeln!(
            s,
            r##"<line x1="{px:.1}" x2="{px:.1}" y1="{}" y2="{}" stroke="#444"/>"##,
            top + ph,
            top + ph + 5.0
        );
        let _ = writeln!(
            s,
            r#"<text x="{px:.1}" y="{}" text-anchor="middle">{}</text>"#,
            top + ph + 18.0,
            esc(label)
        );
    }
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}" text-anchor="middle">{}</text>"#,
        left + pw / 2.0,
        h - 10.0,
        esc(x_label)
    );
    let _ = writeln!(
        s,
        r#"<text x="16" y="{}" text-anchor="middle" transform="rotate(-90 16 {})">{}</text>"#,
        top + ph / 2.0,
        top + ph / 2.0,
        esc(y_label)
    );
    for (i, se) in series.iter().enumerate() {
        if let Some(r) = se.reference {
            let py = sy(r);
            let _ = writeln!(
                s,
                r#"<line x1="{left}" x2="{}" y1="{py:.1}" y2="{py:.1}" stroke="{}" stroke-dasharray="5,4" stroke-width="1"/>"#,
                left + pw,
                se.colour
            );
        }
        let pts: Vec<String> = se
            .points
            .iter()
            .map(|&(x, y)| format!("{:.1},{:.1}", sx(x), sy(y)))
            .collect();
        let dash = if se.dashed {
            r#" stroke-dasharray="6,4""#
        } else {
            ""
        };
        let _ = writeln!(
            s,
            r#"<polyline fill="none" stroke="{}" stroke-width="2"{dash} points="{}"/>"#,
            se.colour,
            pts.join(" ")
        );
        // A line of one point has no length and draws nothing: mark the point itself.
        if let [(x, y)] = se.points[..] {
            let _ = writeln!(
                s,
                r#"<circle cx="{:.1}" cy="{:.1}" r="3.5" fill="{}"/>"#,
                sx(x),
                sy(y),
                se.colour
            );
        }
        let ly = top + 10.0 + 36.0 * i as f64;
        let lx = left + pw + 12.0;
        let _ = writeln!(
            s,
            r#"<line x1="{lx}" x2="{}" y1="{ly}" y2="{ly}" stroke="{}" stroke-width="2"{dash}/>"#,
            lx + 20.0,
            se.colour
        );
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}">{}</text>"#,
            lx + 26.0,
            ly + 4.0,
            esc(se.name)
        );
        if let Some(r) = se.reference {
            let _ = writeln!(
                s,
                r##"<text x="{}" y="{}" fill="#666">paper: {r} (dashed)</text>"##,
                lx + 26.0,
                ly + 18.0
            );
        }
    }
    s.push_str("</svg>\n");
    s
}

fn nice_step(raw: f64) -> f64 {
    let p = 10f64.powf(raw.max(1.0).log10().floor());
    for m in [1.0, 2.0, 5.0, 10.0] {
        if p * m >= raw {
            return p * m;
        }
    }
    p * 10.0
}

fn esc(t: &str) -> String {
    t.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plot_contains_every_series_and_reference() {
        let s = svg_plot(
            "t <1>",
            "epoch",
            "errors",
            &[
                Series {
                    name: "a",
                    colour: "red",
                    points: vec![(1.0, 500.0), (2.0, 100.0)],
                    reference: Some(67.0),
                    dashed: false,
                },
                Series {
                    name: "b",
                    colour: "blue",
                    points: vec![(1.0, 300.0)],
                    reference: None,
                    dashed: false,
                },
            ],
            None,
        );
        assert!(s.starts_with("<svg") && s.trim_end().ends_with("</svg>"));
        assert_eq!(s.matches("<polyline").count(), 2);
        // b's single point, which a polyline alone would not draw, is marked; a's line is not.
        assert_eq!(s.matches("<circle").count(), 1);
        assert!(s.contains(r#"fill="blue""#));
        assert!(s.contains("paper: 67"));
        assert!(s.contains("t &lt;1&gt;"));
        assert!(!s.contains("NaN") && !s.contains("inf"));
    }

    /// Values that would make the log scale infinite end in a finished plot, not an endless loop.
    #[test]
    fn infinite_and_subnormal_values_do_not_hang_the_axis() {
        for bad in [f64::INFINITY, 1e-320, f64::NAN] {
            let s = svg_plot(
                "t",
                "x",
                "y",
                &[Series {
                    name: "a",
                    colour: "red",
                    points: vec![(1.0, 5.0), (2.0, bad), (3.0, 50.0)],
                    reference: None,
                    dashed: false,
                }],
                None,
            );
            assert!(s.trim_end().ends_with("</svg>"), "{bad}");
        }
    }
}
