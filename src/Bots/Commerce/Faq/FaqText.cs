using System.Globalization;
using System.Text;

namespace Conversational.Bots.Commerce.Faq;

/// <summary>
/// Turns a question into the terms the FAQ matcher compares: letters folded (case, Latin accents and ligatures,
/// Arabic diacritics, tatweel and letter variants, Arabic-Indic digits), split on everything that is not a letter
/// or a digit, French elisions and SMS abbreviations resolved, stop words dropped, words lightly stemmed and
/// synonyms brought to one term. "Vous livrez en Belgique ?" gives ["livr", "etrang"]; "متى تفتحون؟" gives
/// ["متي", "دوام"]. Arabic-script words take the Arabic rules whatever the language; Latin words take the French
/// rules in French and the English ones otherwise.
/// </summary>
internal static class FaqText
{
    private const int LatinStart = 0x00C0;

    private const int LatinEnd = 0x024F;

    /// <summary>What each Latin letter from U+00C0 to U+024F folds to: lower case, marks removed.</summary>
    private static readonly string[] LatinFolds = BuildLatinFolds();

    /// <summary>The terms of <paramref name="text"/> read in <paramref name="language"/> ("en", "fr", "ar").</summary>
    public static List<string> Terms(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var latin = language == "fr" ? FaqLexicon.French : FaqLexicon.English;
        var terms = new List<string>();
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = folded[start..i];
                var elided = i < folded.Length && folded[i] == '\'';
                var lexicon = FaqLexicon.IsArabic(word[0]) ? FaqLexicon.Arabic : latin;
                AddWord(word, elided, lexicon, terms, expand: true);
                start = -1;
            }
        }
        return terms;
    }

    /// <summary>
    /// Folds <paramref name="text"/> letter by letter: lower case; Latin accents removed and ligatures opened
    /// ("Œuvre" → "oeuvre"); Arabic short vowels, tatweel and direction marks removed, أ إ آ ٱ → ا, ة → ه, ى → ي;
    /// Arabic-Indic digits → ASCII; typographic apostrophes → '.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                builder.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
            }
            else if (c is >= (char)LatinStart and <= (char)LatinEnd)
            {
                builder.Append(LatinFolds[c - LatinStart]);
            }
            else
            {
                var folded = FoldOther(c);
                if (folded != '\0')
                {
                    builder.Append(folded);
                }
            }
        }
        return builder.ToString();
    }

    private static void AddWord(string word, bool elided, FaqLexicon lexicon, List<string> terms, bool expand)
    {
        if (IsNumber(word) || (elided && lexicon.Elisions.Contains(word)))
        {
            return;
        }
        if (expand && lexicon.Abbreviations.TryGetValue(word, out var expansion))
        {
            foreach (var part in expansion.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                AddWord(part, elided: false, lexicon, terms, expand: false);
            }
            return;
        }
        if (lexicon.StopWords.Contains(word))
        {
            return;
        }
        var stem = lexicon.Stem(word);
        if (stem.Length == 0 || lexicon.StopWords.Contains(stem))
        {
            return;
        }
        terms.Add(lexicon.Synonyms.TryGetValue(stem, out var canonical) ? canonical : stem);
    }

    /// <summary>Order numbers, postcodes and amounts say nothing about which question is asked.</summary>
    private static bool IsNumber(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static char FoldOther(char c) => c switch
    {
        'ٱ' or 'أ' or 'إ' or 'آ' => 'ا',
        'ة' => 'ه',
        'ى' => 'ي',
        'ی' => 'ي',   // Persian yeh
        'ک' => 'ك',   // Persian kaf
        '\u0640' => '\0',                                // tatweel
        >= '\u064B' and <= '\u065F' or '\u0670' => '\0', // harakat, hamza marks, superscript alef
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        '’' or '‘' or 'ʼ' or '´' or '`' => '\'',
        'ς' => 'σ',
        _ when char.GetUnicodeCategory(c) == UnicodeCategory.Format => '\0', // RLM, LRM, ZWJ, ZWNJ
        _ => char.ToLowerInvariant(c),
    };

    private static string[] BuildLatinFolds()
    {
        var folds = new string[LatinEnd - LatinStart + 1];
        for (var c = LatinStart; c <= LatinEnd; c++)
        {
            folds[c - LatinStart] = (char)c switch
            {
                'Œ' or 'œ' => "oe",
                'Æ' or 'æ' => "ae",
                'ß' => "ss",
                'Ø' or 'ø' => "o",
                'Đ' or 'đ' => "d",
                'Ł' or 'ł' => "l",
                'ı' => "i",
                _ => StripMarks(((char)c).ToString()),
            };
        }
        return folds;
    }

    private static string StripMarks(string letter)
    {
        var builder = new StringBuilder();
        foreach (var c in letter.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }
}
