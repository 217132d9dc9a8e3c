//! The `format()` spec mini-language for floats, ints and strs, checked
//! against values and error messages printed by CPython 3.11.

use num_bigint::BigInt;

use super::super::spec::*;

fn ok_or_err(r: Result<String, String>) -> String {
    r.unwrap_or_else(|e| format!("ERR:{e}"))
}

fn ff(x: f64, spec: &str) -> String {
    ok_or_err(format_float_with(x, spec))
}

fn fi(v: &str, spec: &str) -> String {
    let v: BigInt = v.parse().unwrap_or_default();
    ok_or_err(format_int_with(&v, spec))
}

fn fs(s: &str, spec: &str) -> String {
    ok_or_err(format_str_with(s, spec))
}

#[test]
fn format_float_matches_cpython() {
    assert_eq!(ff(f64::INFINITY, "f"), "inf");
    assert_eq!(ff(f64::INFINITY, "F"), "INF");
    assert_eq!(ff(f64::NEG_INFINITY, "F"), "-INF");
    assert_eq!(ff(f64::NAN, "E"), "NAN");
    assert_eq!(ff(f64::NAN, "f"), "nan");
    assert_eq!(ff(f64::INFINITY, "%"), "inf%");
    assert_eq!(ff(f64::NAN, ".2%"), "nan%");
    assert_eq!(ff(f64::INFINITY, "#"), "inf");
    assert_eq!(ff(f64::INFINITY, "#g"), "inf");
    assert_eq!(ff(f64::NEG_INFINITY, "010"), "-000000inf");
    assert_eq!(ff(f64::NEG_INFINITY, "010,"), "-000000inf");
    assert_eq!(ff(f64::NAN, "+010f"), "+000000nan");
    assert_eq!(ff(-f64::NAN, "+"), "+nan");
    assert_eq!(ff(-f64::NAN, "z"), "nan");
    assert_eq!(ff(f64::INFINITY, "^9"), "   inf   ");
    assert_eq!(ff(f64::NAN, "*<6"), "nan***");
    assert_eq!(
        ff(1e+300, ",.2f"),
        "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00"
    );
    assert_eq!(ff(-0.0, "z.1f"), "0.0");
    assert_eq!(ff(-0.0001, "z.1f"), "0.0");
    assert_eq!(ff(-0.0001, ".1f"), "-0.0");
    assert_eq!(ff(-0.0, "z"), "0.0");
    assert_eq!(ff(-0.0, "zg"), "0");
    assert_eq!(ff(-1e-20, "z.3e"), "-1.000e-20");
    assert_eq!(ff(-0.004, "z.2%"), "-0.40%");
    assert_eq!(ff(-0.0, ""), "-0.0");
    assert_eq!(ff(-0.0, "g"), "-0");
    assert_eq!(ff(-0.0, "+"), "-0.0");
    assert_eq!(ff(0.0, " "), " 0.0");
    assert_eq!(ff(0.0, "+.3e"), "+0.000e+00");
    assert_eq!(ff(3.14159, ".2%"), "314.16%");
    assert_eq!(ff(1234.5, "n"), "1234.5");
    assert_eq!(ff(1234.5, ".3n"), "1.23e+03");
    assert_eq!(ff(0.1, ".30f"), "0.100000000000000005551115123126");
    assert_eq!(ff(1e+22, "g"), "1e+22");
    assert_eq!(ff(1e-05, "g"), "1e-05");
    assert_eq!(ff(1e-05, ""), "1e-05");
    assert_eq!(ff(0.0001, "g"), "0.0001");
    assert_eq!(ff(0.0001, ""), "0.0001");
    assert_eq!(ff(1e+16, ""), "1e+16");
    assert_eq!(ff(1000000000000000.0, ""), "1000000000000000.0");
    assert_eq!(ff(1e+16, ".17"), "1e+16");
    assert_eq!(ff(1e+16, ".16"), "1e+16");
    assert_eq!(ff(1e+16, ","), "1e+16");
    assert_eq!(ff(1e+16, ".0f"), "10000000000000000");
    assert_eq!(ff(1.5, ".0"), "2e+00");
    assert_eq!(ff(1.0, ".0"), "1e+00");
    assert_eq!(ff(123.0, ".2"), "1.2e+02");
    assert_eq!(ff(123.0, ".3"), "1.23e+02");
    assert_eq!(ff(12.0, ".3"), "12.0");
    assert_eq!(ff(120.0, ".3"), "1.2e+02");
    assert_eq!(ff(100.0, ".3"), "1e+02");
    assert_eq!(ff(1000.0, ".3"), "1e+03");
    assert_eq!(ff(10.0, ".1"), "1e+01");
    assert_eq!(ff(1e+100, ""), "1e+100");
    assert_eq!(ff(1e+100, ".3"), "1e+100");
    assert_eq!(ff(0.0001, ".3"), "0.0001");
    assert_eq!(ff(1e-05, ".3"), "1e-05");
    assert_eq!(ff(1234.5678, ".10"), "1234.5678");
    assert_eq!(ff(1234.5678, "#.2"), "1.2e+03");
    assert_eq!(ff(1.0, "#"), "1.0");
    assert_eq!(ff(1.0, "#.3"), "1.00");
    assert_eq!(ff(0.5, "#.0f"), "0.");
    assert_eq!(ff(1.5, "#.0e"), "2.e+00");
    assert_eq!(ff(100000.0, "#.0g"), "1.e+05");
    assert_eq!(ff(100000.0, "#g"), "100000.");
    assert_eq!(ff(1.5, ".0f"), "2");
    assert_eq!(ff(2.5, ".0f"), "2");
    assert_eq!(ff(0.5, ".0f"), "0");
    assert_eq!(ff(0.125, ".2f"), "0.12");
    assert_eq!(ff(2.675, ".2f"), "2.67");
    assert_eq!(ff(1e+23, "f"), "99999999999999991611392.000000");
    assert_eq!(ff(1e+23, ".3e"), "1.000e+23");
    assert_eq!(ff(5e-324, ".3e"), "4.941e-324");
    assert_eq!(ff(5e-324, ""), "5e-324");
    assert_eq!(ff(123456789.0, ","), "123,456,789.0");
    assert_eq!(ff(1.2345678901234568e+18, ","), "1.2345678901234568e+18");
    assert_eq!(ff(12345.678, ",.2e"), "1.23e+04");
    assert_eq!(ff(12345.678, ",g"), "12,345.7");
    assert_eq!(ff(12345678.9, ",g"), "1.23457e+07");
    assert_eq!(ff(1.0, "_.3f"), "1.000");
    assert_eq!(ff(1234567.0, "_f"), "1_234_567.000000");
    assert_eq!(ff(12345.0, ",%"), "1,234,500.000000%");
    assert_eq!(ff(1.5, ",%"), "150.000000%");
    assert_eq!(ff(1.0, "_"), "1.0");
    assert_eq!(ff(1234567.891, ",.2f"), "1,234,567.89");
    assert_eq!(ff(-1234567.891, "_.1f"), "-1_234_567.9");
    assert_eq!(ff(1.5, "012,.2f"), "0,000,001.50");
    assert_eq!(ff(-100000.0, "015,.1f"), "-0,000,100,000.0");
    assert_eq!(ff(1.0, "08,"), "00,001.0");
    assert_eq!(ff(1234.5, "012,"), "00,001,234.5");
    assert_eq!(ff(1234.5, "013,"), "000,001,234.5");
    assert_eq!(ff(-1234.5, "+013_"), "-00_001_234.5");
    assert_eq!(ff(1234.5, "0=13,.1f"), "000,001,234.5");
    assert_eq!(ff(1234.5, "x=13,.1f"), "xxxxxx1,234.5");
    assert_eq!(ff(1234.5, "*^15,.2f"), "***1,234.50****");
    assert_eq!(ff(1234.5, "<12"), "1234.5      ");
    assert_eq!(ff(1234.5, "0<12"), "1234.5000000");
    assert_eq!(ff(1.0, "<05"), "1.000");
    assert_eq!(ff(123.456, ">+12.2f"), "     +123.46");
    assert_eq!(ff(123.456, "^12.2f"), "   123.46   ");
    assert_eq!(ff(123.456, "<12.2f"), "123.46      ");
    assert_eq!(ff(123.456, "=12.2f"), "      123.46");
    assert_eq!(ff(-123.456, "=12.2f"), "-     123.46");
    assert_eq!(ff(-123.456, "012.2f"), "-00000123.46");
    assert_eq!(ff(-123.456, " 012.2f"), "-00000123.46");
    assert_eq!(ff(123.456, " 012.2f"), " 00000123.46");
    assert_eq!(ff(123.456, "+"), "+123.456");
    assert_eq!(ff(123.456, " "), " 123.456");
    assert_eq!(ff(-123.456, " "), "-123.456");
    assert_eq!(ff(1.0, "١٠"), "       1.0");
    assert_eq!(ff(1.0, ".٣f"), "1.000");
    assert_eq!(ff(2.5, "é^9.2f"), "éé2.50ééé");
    assert_eq!(ff(1.0, "=+z#05,.2%"), "+100.00%");
    assert_eq!(ff(0.5, "E"), "5.000000E-01");
    assert_eq!(ff(12345.678, "G"), "12345.7");
    assert_eq!(ff(1e-10, "G"), "1E-10");
    assert_eq!(ff(1e+20, "F"), "100000000000000000000.000000");
    assert_eq!(ff(1e+20, "f"), "100000000000000000000.000000");
    assert_eq!(ff(1e+20, "e"), "1.000000e+20");
    assert_eq!(
        ff(1.0, "d"),
        "ERR:Unknown format code 'd' for object of type 'float'"
    );
    assert_eq!(
        ff(1.0, "x"),
        "ERR:Unknown format code 'x' for object of type 'float'"
    );
    assert_eq!(
        ff(1.0, "c"),
        "ERR:Unknown format code 'c' for object of type 'float'"
    );
    assert_eq!(
        ff(1.0, "s"),
        "ERR:Unknown format code 's' for object of type 'float'"
    );
    assert_eq!(
        ff(1.0, "ä"),
        "ERR:Unknown format code '\\xe4' for object of type 'float'"
    );
    assert_eq!(
        ff(1.0, "\n"),
        "ERR:Unknown format code '\\xa' for object of type 'float'"
    );
    assert_eq!(
        ff(1.0, "xx"),
        "ERR:Invalid format specifier 'xx' for object of type 'float'"
    );
    assert_eq!(ff(1.0, ",n"), "ERR:Cannot specify ',' with 'n'.");
    assert_eq!(ff(1.0, "_n"), "ERR:Cannot specify '_' with 'n'.");
    assert_eq!(ff(1.0, ",,"), "ERR:Cannot specify ',' with ','.");
    assert_eq!(ff(1.0, "_,"), "ERR:Cannot specify both ',' and '_'.");
    assert_eq!(ff(1.0, ",_"), "ERR:Cannot specify both ',' and '_'.");
    assert_eq!(ff(1.0, "."), "ERR:Format specifier missing precision");
    assert_eq!(ff(1.0, ".f"), "ERR:Format specifier missing precision");
    assert_eq!(ff(1.0, ".2147483648f"), "ERR:precision too big");
    assert_eq!(
        ff(1.0, ".99999999999999999999f"),
        "ERR:Too many decimal digits in format string"
    );
    assert_eq!(
        ff(1.0, "99999999999999999999"),
        "ERR:Too many decimal digits in format string"
    );
    assert_eq!(
        ff(1.0, "z+"),
        "ERR:Unknown format code '+' for object of type 'float'"
    );
    assert_eq!(
        ff(1.0, "#+"),
        "ERR:Unknown format code '+' for object of type 'float'"
    );
    assert_eq!(ff(1.5, "\u{0}"), "1.5");
    assert_eq!(ff(1.5, "_\u{0}"), "1.5");
    assert_eq!(ff(-1.5, "08\u{0}"), "-00001.5");
    assert_eq!(ff(1000000.0, ",.2\u{0}"), "1e+06");
}

#[test]
fn format_int_matches_cpython() {
    assert_eq!(fi("123456789", ","), "123,456,789");
    assert_eq!(fi("255", "#010x"), "0x000000ff");
    assert_eq!(fi("255", "#X"), "0XFF");
    assert_eq!(fi("-255", "#010X"), "-0X00000FF");
    assert_eq!(fi("255", "#_b"), "0b1111_1111");
    assert_eq!(fi("-255", "_X"), "-FF");
    assert_eq!(fi("1", "0=5"), "00001");
    assert_eq!(fi("-1", "0=5"), "-0001");
    assert_eq!(fi("-1", "*^6"), "**-1**");
    assert_eq!(fi("-1", "*^7"), "**-1***");
    assert_eq!(fi("1234567", "0=12,"), "0,001,234,567");
    assert_eq!(fi("1234567", "012,"), "0,001,234,567");
    assert_eq!(fi("1234567", "013,"), "0,001,234,567");
    assert_eq!(fi("1234567", "014,"), "00,001,234,567");
    assert_eq!(fi("1234567", "015,"), "000,001,234,567");
    assert_eq!(fi("123", "012_x"), "00_0000_007b");
    assert_eq!(fi("123", "#012_x"), "0x0_0000_007b");
    assert_eq!(fi("12345678", "_o"), "5706_0516");
    assert_eq!(fi("1", "_x"), "1");
    assert_eq!(fi("1", " "), " 1");
    assert_eq!(fi("5", "<05"), "50000");
    assert_eq!(fi("5", "x<05"), "5xxxx");
    assert_eq!(fi("1", ">>5"), ">>>>1");
    assert_eq!(fi("1", "0>5"), "00001");
    assert_eq!(fi("1", "00"), "1");
    assert_eq!(fi("1", "000"), "1");
    assert_eq!(fi("1", "0005"), "00001");
    assert_eq!(fi("65", "c"), "A");
    assert_eq!(fi("65", "05c"), "0000A");
    assert_eq!(fi("65", "*=5c"), "****A");
    assert_eq!(fi("65", "^5c"), "  A  ");
    assert_eq!(fi("128512", "c"), "😀");
    assert_eq!(fi("0", "c"), "\u{0}");
    assert_eq!(fi("-1", "c"), "ERR:%c arg not in range(0x110000)");
    assert_eq!(fi("1114112", "c"), "ERR:%c arg not in range(0x110000)");
    assert_eq!(
        fi("1000000000000000000", "c"),
        "ERR:%c arg not in range(0x110000)"
    );
    assert_eq!(
        fi("1000000000000000000000000000000", "c"),
        "ERR:Python int too large to convert to C long"
    );
    assert_eq!(
        fi("9223372036854775808", "c"),
        "ERR:Python int too large to convert to C long"
    );
    assert_eq!(
        fi("-9223372036854775808", "c"),
        "ERR:%c arg not in range(0x110000)"
    );
    assert_eq!(fi("65", ",c"), "ERR:Cannot specify ',' with 'c'.");
    assert_eq!(
        fi("1", "#c"),
        "ERR:Alternate form (#) not allowed with integer format specifier 'c'"
    );
    assert_eq!(
        fi("1", "+c"),
        "ERR:Sign not allowed with integer format specifier 'c'"
    );
    assert_eq!(
        fi("1", " c"),
        "ERR:Sign not allowed with integer format specifier 'c'"
    );
    assert_eq!(
        fi("65", "z+c"),
        "ERR:Invalid format specifier 'z+c' for object of type 'int'"
    );
    assert_eq!(
        fi("65", "+zc"),
        "ERR:Negative zero coercion (z) not allowed in integer format specifier"
    );
    assert_eq!(
        fi("65", "z#c"),
        "ERR:Negative zero coercion (z) not allowed in integer format specifier"
    );
    assert_eq!(
        fi("1", "z"),
        "ERR:Negative zero coercion (z) not allowed in integer format specifier"
    );
    assert_eq!(
        fi("1", "z.2"),
        "ERR:Precision not allowed in integer format specifier"
    );
    assert_eq!(
        fi("-1", "zd"),
        "ERR:Negative zero coercion (z) not allowed in integer format specifier"
    );
    assert_eq!(
        fi("1", ".2"),
        "ERR:Precision not allowed in integer format specifier"
    );
    assert_eq!(
        fi("1", ".0"),
        "ERR:Precision not allowed in integer format specifier"
    );
    assert_eq!(
        fi("1", "s"),
        "ERR:Unknown format code 's' for object of type 'int'"
    );
    assert_eq!(
        fi("1", "\u{80}"),
        "ERR:Unknown format code '\\x80' for object of type 'int'"
    );
    assert_eq!(
        fi("1", "\u{1f}"),
        "ERR:Unknown format code '\\x1f' for object of type 'int'"
    );
    assert_eq!(
        fi("1", "\u{0}"),
        "ERR:Unknown format code '\\x0' for object of type 'int'"
    );
    assert_eq!(
        fi("1", "Ā"),
        "ERR:Unknown format code '\\x100' for object of type 'int'"
    );
    assert_eq!(fi("1", ",_"), "ERR:Cannot specify both ',' and '_'.");
    assert_eq!(fi("1", "_,"), "ERR:Cannot specify both ',' and '_'.");
    assert_eq!(fi("1", ",,"), "ERR:Cannot specify ',' with ','.");
    assert_eq!(fi("1", "__"), "ERR:Cannot specify '_' with '_'.");
    assert_eq!(fi("1", "."), "ERR:Format specifier missing precision");
    assert_eq!(fi("1", ",x"), "ERR:Cannot specify ',' with 'x'.");
    assert_eq!(fi("1", ",b"), "ERR:Cannot specify ',' with 'b'.");
    assert_eq!(fi("1", ",n"), "ERR:Cannot specify ',' with 'n'.");
    assert_eq!(fi("1", "_Ā"), "ERR:Cannot specify '_' with '\\x100'.");
    assert_eq!(fi("1", ",\u{80}"), "ERR:Cannot specify ',' with '\\x80'.");
    assert_eq!(fi("1", "5,5"), "ERR:Cannot specify ',' with '5'.");
    assert_eq!(
        fi("1", "xx"),
        "ERR:Invalid format specifier 'xx' for object of type 'int'"
    );
    assert_eq!(fi("65", "=+5"), "+  65");
    assert_eq!(fi("1", "+#_b"), "+0b1");
    assert_eq!(fi("-5", "#b"), "-0b101");
    assert_eq!(fi("5", "#o"), "0o5");
    assert_eq!(fi("-5", "#010o"), "-0o0000005");
    assert_eq!(fi("-5", " #010o"), "-0o0000005");
    assert_eq!(fi("255", "^#12_x"), "    0xff    ");
    assert_eq!(fi("255", "X"), "FF");
    assert_eq!(fi("255", "#_X"), "0XFF");
    assert_eq!(fi("255", "n"), "255");
    assert_eq!(fi("-1234567", "n"), "-1234567");
    assert_eq!(fi("1234567", "_d"), "1_234_567");
    assert_eq!(fi("-1234567", "+,"), "-1,234,567");
    assert_eq!(fi("1234567", "_"), "1_234_567");
    assert_eq!(fi("1234567", "0=20_"), "0_000_000_001_234_567");
    assert_eq!(fi("1234567", "020_"), "0_000_000_001_234_567");
    assert_eq!(fi("-1234567", "x=+15,"), "-xxxxx1,234,567");
    assert_eq!(fi("1234567", ",%"), "123,456,700.000000%");
    assert_eq!(fi("12", "%"), "1200.000000%");
    assert_eq!(fi("12", ".2e"), "1.20e+01");
    assert_eq!(fi("12", "G"), "12");
    assert_eq!(fi("12", "F"), "12.000000");
    assert_eq!(fi("12", "n"), "12");
    assert_eq!(fi("0", "z.1f"), "0.0");
    assert_eq!(fi("1", "z.1f"), "1.0");
    assert_eq!(
        fi(
            "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            "f"
        ),
        "ERR:int too large to convert to float"
    );
    assert_eq!(
        fi(
            "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            ".1e"
        ),
        "ERR:int too large to convert to float"
    );
    assert_eq!(
        fi(
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
            "e"
        ),
        "ERR:int too large to convert to float"
    );
    assert_eq!(
        fi(
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
            "e"
        ),
        "1.797693e+308"
    );
    assert_eq!(
        fi("18446744073709551616", ","),
        "18,446,744,073,709,551,616"
    );
    assert_eq!(
        fi("-18446744073709551616", "#_x"),
        "-0x1_0000_0000_0000_0000"
    );
    assert_eq!(
        fi("18446744073709551616", "#_o"),
        "0o20_0000_0000_0000_0000_0000"
    );
    assert_eq!(
        fi("1000000000000000000000000000000", "+,"),
        "+1,000,000,000,000,000,000,000,000,000,000"
    );
    assert_eq!(fi("0", "#x"), "0x0");
    assert_eq!(fi("0", "#b"), "0b0");
    assert_eq!(fi("0", "+"), "+0");
    assert_eq!(fi("42", "٥"), "   42");
    assert_eq!(fi("42", "-"), "42");
    assert_eq!(fi("-42", "-"), "-42");
    assert_eq!(fi("42", "+08d"), "+0000042");
    assert_eq!(fi("42", " 8d"), "      42");
    assert_eq!(fi("42", "^+8"), "  +42   ");
    assert_eq!(fi("-42", "<8"), "-42     ");
    assert_eq!(fi("7", "#010b"), "0b00000111");
    assert_eq!(fi("7", "#10b"), "     0b111");
    assert_eq!(fi("7", "<#10b"), "0b111     ");
    assert_eq!(fi("7", "^#10o"), "   0o7    ");
    assert_eq!(
        fi("100000000000000000000", "99999999999999999999"),
        "ERR:Too many decimal digits in format string"
    );
}

#[test]
fn format_str_matches_cpython() {
    assert_eq!(fs("ab", "05"), "ab000");
    assert_eq!(fs("ab", "<05"), "ab000");
    assert_eq!(fs("ab", "^05"), "0ab00");
    assert_eq!(fs("ab", "0^5"), "0ab00");
    assert_eq!(fs("abc", ".1"), "a");
    assert_eq!(fs("abc", "5.1"), "a    ");
    assert_eq!(fs("abc", ">5.1"), "    a");
    assert_eq!(fs("héllo", ".2"), "hé");
    assert_eq!(fs("héllo", ">8"), "   héllo");
    assert_eq!(fs("héllo", "*^9"), "**héllo**");
    assert_eq!(fs("日本語", "^7"), "  日本語  ");
    assert_eq!(fs("日本語", ".2"), "日本");
    assert_eq!(fs("ab", "é^6"), "ééabéé");
    assert_eq!(
        fs("ab", "z"),
        "ERR:Negative zero coercion (z) not allowed in string format specifier"
    );
    assert_eq!(
        fs("ab", "#"),
        "ERR:Alternate form (#) not allowed in string format specifier"
    );
    assert_eq!(
        fs("ab", "+"),
        "ERR:Sign not allowed in string format specifier"
    );
    assert_eq!(
        fs("ab", " "),
        "ERR:Space not allowed in string format specifier"
    );
    assert_eq!(
        fs("ab", "-"),
        "ERR:Sign not allowed in string format specifier"
    );
    assert_eq!(
        fs("ab", ",d"),
        "ERR:Unknown format code 'd' for object of type 'str'"
    );
    assert_eq!(fs("ab", "_s"), "ERR:Cannot specify '_' with 's'.");
    assert_eq!(fs("ab", ","), "ERR:Cannot specify ',' with 's'.");
    assert_eq!(fs("ab", "_"), "ERR:Cannot specify '_' with 's'.");
    assert_eq!(
        fs("a", "=5"),
        "ERR:'=' alignment not allowed in string format specifier"
    );
    assert_eq!(
        fs("a", "+z#="),
        "ERR:Unknown format code '=' for object of type 'str'"
    );
    assert_eq!(
        fs("a", "=+z#5"),
        "ERR:Sign not allowed in string format specifier"
    );
    assert_eq!(
        fs("a", "=z#5"),
        "ERR:Negative zero coercion (z) not allowed in string format specifier"
    );
    assert_eq!(
        fs("a", "=#5"),
        "ERR:Alternate form (#) not allowed in string format specifier"
    );
    assert_eq!(
        fs("a", "=5.2"),
        "ERR:'=' alignment not allowed in string format specifier"
    );
    assert_eq!(
        fs("a", "d"),
        "ERR:Unknown format code 'd' for object of type 'str'"
    );
    assert_eq!(
        fs("a", "c"),
        "ERR:Unknown format code 'c' for object of type 'str'"
    );
    assert_eq!(
        fs("a", "x"),
        "ERR:Unknown format code 'x' for object of type 'str'"
    );
    assert_eq!(fs("a", "s"), "a");
    assert_eq!(fs("a", ""), "a");
    assert_eq!(fs("abc", ".0"), "");
    assert_eq!(fs("abc", ".10"), "abc");
    assert_eq!(fs("abc", "10"), "abc       ");
    assert_eq!(fs("abc", "<10s"), "abc       ");
    assert_eq!(
        fs("abc", "xs"),
        "ERR:Invalid format specifier 'xs' for object of type 'str'"
    );
    assert_eq!(
        fs("abc", ".99999999999999999999"),
        "ERR:Too many decimal digits in format string"
    );
    assert_eq!(fs("", "3"), "   ");
    assert_eq!(fs("", ".0"), "");
    assert_eq!(
        fs("ab", "\u{0}"),
        "ERR:Unknown format code '\\x0' for object of type 'str'"
    );
    assert_eq!(
        fs("ab", "_\u{0}"),
        "ERR:Unknown format code '\\x0' for object of type 'str'"
    );
    assert_eq!(fs("ab", "0<5s"), "ab000");
}

/// `.Nf` (rendered from a stack buffer) agrees with the general
/// `double_to_string` layout for values of every magnitude and sign.
#[test]
fn fixed_point_fast_path_matches_general_layout() {
    use super::super::dtoa::{Flags, double_to_string};
    let mut values = vec![
        0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 1.005, 2.675, 999.995, 5e-324, 1e19,
    ];
    let mut x = 1.0e-12f64;
    while x < 1e21 {
        values.extend([x, -x, x * 1.37, x / 3.0]);
        x *= 7.3;
    }
    for &v in &values {
        for n in [1, 2, 3, 6, 10, 15, 19] {
            let want = double_to_string(v, 'f', n, Flags::default());
            assert_eq!(ff(v, &format!(".{n}f")), want, "{v} .{n}f");
        }
    }
    assert_eq!(ff(-0.001, ".2f"), "-0.00");
    assert_eq!(ff(-0.001, "z.2f"), "0.00");
    assert_eq!(ff(1234567.891, ",.2f"), "1,234,567.89");
    assert_eq!(ff(-3.14159, "010.3f"), "-00003.142");
}

/// The parsed-spec cache's key is the spec's bytes, zero-padded, with its
/// length in the top byte, however the bytes are read.
#[test]
fn spec_key_is_bytes_and_length() {
    let text = b"<>=^+- z#0123456789_,.eEfFgGn%xXobcds";
    for n in 0..16 {
        for start in 0..text.len() - n {
            let spec = &text[start..start + n];
            let mut want = [0u8; 16];
            want[..n].copy_from_slice(spec);
            want[15] = n as u8;
            assert_eq!(spec_key(spec), u128::from_le_bytes(want), "{spec:?}");
        }
    }
}
