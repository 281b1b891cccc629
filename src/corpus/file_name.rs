//! What a file's own name says of its article's date. Scrapers and archives name the files
//! they write by the day the article ran (`3alyoum_20150724_177.txt`,
//! `2019-03-12-budget-vote.html`), and a folder of such files often has no date in the text
//! itself: the name is then the only sign, so it is the last one tried. The name is read like a
//! page's address (`html::in_address`): a year, month and day together, so an article number
//! or a `2019-03` archive name is never a date.

use chrono::NaiveDate;

use super::html::in_address;

/// The date in the name of the file at `path` (its last component, extension aside).
pub fn date_in_file_name(path: &str) -> Option<NaiveDate> {
    let name = path.rsplit(['/', '\\']).next()?;
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    in_address(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn a_scrapers_day_in_the_name_is_the_date() {
        assert_eq!(
            date_in_file_name("/n/3alyoum_20150724_177.txt"),
            ymd(2015, 7, 24)
        );
        assert_eq!(
            date_in_file_name("2019-03-12-budget.html"),
            ymd(2019, 3, 12)
        );
        assert_eq!(
            date_in_file_name(r"C:\news\aawsat_2015_07_21.md"),
            ymd(2015, 7, 21)
        );
    }

    #[test]
    fn numbers_that_are_not_a_day_are_not_a_date() {
        // An article number, a hash, a month archive, a folder's date (only the file's own name
        // is read), a day that does not exist.
        for p in [
            "article_12345678.txt",
            "aeb-042bb7b5feda.html",
            "2019-03.txt",
            "/2019/03/12/story.txt",
            "news_20150231.txt",
            "03_youm7.txt",
        ] {
            assert_eq!(date_in_file_name(p), None, "{p}");
        }
    }
}
