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
    let f = Frame::fit(series);
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" font-family="sans-serif" font-size="12">"#,
        Frame::W,
        Frame::H
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        s,
        r#"<text x="{}" y="22" font-size="15" text-anchor="middle">{}</text>"#,
        f.left + f.pw / 2.0,
        esc(title)
    );
    let _ = writeln!(
        s,
        r##"<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="#444"/>"##,
        f.left, f.top, f.pw, f.ph
    );
    f.y_ticks(&mut s);
    let ticks = match x_ticks {
        Some(t) => t.to_vec(),
        None => f.numbered_x_ticks(),
    };
    f.x_ticks(&mut s, &ticks);
    f.axis_labels(&mut s, x_label, y_label);
    for (i, se) in series.iter().enumerate() {
        f.series(&mut s, se);
        f.legend_entry(&mut s, i, se);
    }
    s.push_str("</svg>\n");
    s
}

/// Where the plot area lies in the picture, and how values map onto it.
struct Frame {
    left: f64,
    top: f64,
    /// The plot area's width and height.
    pw: f64,
    ph: f64,
    /// The smallest value drawn: lower ones are drawn there.
    floor: f64,
    /// The y axis's range, in log10.
    ly0: f64,
    ly1: f64,
    x_max: f64,
}

impl Frame {
    const W: f64 = 720.0;
    const H: f64 = 420.0;

    fn fit(series: &[Series]) -> Self {
        let (left, right, top, bottom) = (70.0, 170.0, 40.0, 50.0);
        // The axis from finite values only, and a floor of a normal number: an infinite or
        // subnormal value would make the log-scale range infinite and the tick loop endless.
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
        let x_max = series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.0))
            .fold(1.0, f64::max);
        Frame {
            left,
            top,
            pw: Self::W - left - right,
            ph: Self::H - top - bottom,
            floor,
            ly0: (y_min * 0.8).log10(),
            ly1: (y_max * 1.25).log10(),
            x_max,
        }
    }

    fn sx(&self, x: f64) -> f64 {
        self.left + self.pw * (x / self.x_max)
    }

    fn sy(&self, y: f64) -> f64 {
        let at = (y.max(self.floor).log10() - self.ly0) / (self.ly1 - self.ly0);
        self.top + self.ph * (1.0 - at)
    }

    /// Grid lines and labels at 1, 2, 3, 5, 7 × powers of ten inside the range.
    fn y_ticks(&self, s: &mut String) {
        let mut decade = 10f64.powf(self.ly0.floor());
        while decade <= 10f64.powf(self.ly1) {
            for m in [1.0, 2.0, 3.0, 5.0, 7.0] {
                let y = decade * m;
                if y.log10() >= self.ly0 && y.log10() <= self.ly1 {
                    let py = self.sy(y);
                    let _ = writeln!(
                        s,
                        r##"<line x1="{}" x2="{}" y1="{py:.1}" y2="{py:.1}" stroke="#ddd"/>"##,
                        self.left,
                        self.left + self.pw
                    );
                    // Rounded to 3 decimal places: 0.1 × 3 is not 0.3 in binary.
                    let label = format!("{}", (y * 1e3).round() / 1e3);
                    let _ = writeln!(
                        s,
                        r#"<text x="{}" y="{:.1}" text-anchor="end">{label}</text>"#,
                        self.left - 6.0,
                        py + 4.0
                    );
                }
            }
            decade *= 10.0;
        }
    }

    /// About eight ticks at round numbers from 0.
    fn numbered_x_ticks(&self) -> Vec<(f64, String)> {
        let step = nice_step(self.x_max / 8.0);
        let mut t = Vec::new();
        let mut x = 0.0;
        while x <= self.x_max + 1e-9 {
            t.push((x, x.to_string()));
            x += step;
        }
        t
    }

    fn x_ticks(&self, s: &mut String, ticks: &[(f64, String)]) {
        let bottom = self.top + self.ph;
        for (x, label) in ticks {
            let px = self.sx(*x);
            let _ = writeln!(
                s,
                r##"<line x1="{px:.1}" x2="{px:.1}" y1="{bottom}" y2="{}" stroke="#444"/>"##,
                bottom + 5.0
            );
            let _ = writeln!(
                s,
                r#"<text x="{px:.1}" y="{}" text-anchor="middle">{}</text>"#,
                bottom + 18.0,
                esc(label)
            );
        }
    }

    fn axis_labels(&self, s: &mut String, x_label: &str, y_label: &str) {
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}" text-anchor="middle">{}</text>"#,
            self.left + self.pw / 2.0,
            Self::H - 10.0,
            esc(x_label)
        );
        let mid = self.top + self.ph / 2.0;
        let _ = writeln!(
            s,
            r#"<text x="16" y="{mid}" text-anchor="middle" transform="rotate(-90 16 {mid})">{}</text>"#,
            esc(y_label)
        );
    }

    /// A series' line, its reference level dashed across the plot, and a dot where it has only
    /// one point.
    fn series(&self, s: &mut String, se: &Series) {
        if let Some(r) = se.reference {
            let py = self.sy(r);
            let _ = writeln!(
                s,
                r#"<line x1="{}" x2="{}" y1="{py:.1}" y2="{py:.1}" stroke="{}" stroke-dasharray="5,4" stroke-width="1"/>"#,
                self.left,
                self.left + self.pw,
                se.colour
            );
        }
        let pts: Vec<String> = se
            .points
            .iter()
            .map(|&(x, y)| format!("{:.1},{:.1}", self.sx(x), self.sy(y)))
            .collect();
        let _ = writeln!(
            s,
            r#"<polyline fill="none" stroke="{}" stroke-width="2"{} points="{}"/>"#,
            se.colour,
            dash(se),
            pts.join(" ")
        );
        // A line of one point has no length and draws nothing: mark the point itself.
        if let [(x, y)] = se.points[..] {
            let _ = writeln!(
                s,
                r#"<circle cx="{:.1}" cy="{:.1}" r="3.5" fill="{}"/>"#,
                self.sx(x),
                self.sy(y),
                se.colour
            );
        }
    }

    /// The `i`th entry of the legend, right of the plot: a stroke, the name, the paper's value.
    fn legend_entry(&self, s: &mut String, i: usize, se: &Series) {
        let ly = self.top + 10.0 + 36.0 * i as f64;
        let lx = self.left + self.pw + 12.0;
        let _ = writeln!(
            s,
            r#"<line x1="{lx}" x2="{}" y1="{ly}" y2="{ly}" stroke="{}" stroke-width="2"{}/>"#,
            lx + 20.0,
            se.colour,
            dash(se)
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
}

fn dash(se: &Series) -> &'static str {
    if se.dashed {
        r#" stroke-dasharray="6,4""#
    } else {
        ""
    }
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
