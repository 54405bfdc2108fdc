using Conversational.Commands.Keywords;
using Conversational.Commands.Syntax;

namespace Conversational.Commands;

/// <summary>Tells the language of free text from its script, accents and most common words.</summary>
internal static class LanguageGuesser
{
    /// <summary>The language the text shows, or null when it shows none clearly.</summary>
    public static Language? Guess(string text, int start)
    {
        int arabic = 0, latin = 0, french = 0, english = 0;
        var i = start;
        while (i < text.Length)
        {
            i = Chars.SkipSpaces(text, i);
            var end = Chars.WordEnd(text, i);
            var word = Trim(text.AsSpan(i, end - i));
            foreach (var c in word)
            {
                if (Chars.IsArabicLetter(c))
                {
                    arabic++;
                }
                else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
                {
                    latin++;
                }
                else if (c is 'é' or 'è' or 'ê' or 'à' or 'ç' or 'ù' or 'û' or 'ô' or 'î' or 'ï' or 'ë' or 'œ')
                {
                    latin++;
                    french++;
                }
            }
            if (Words.FrenchClues.Contains(word))
            {
                french += 2;
            }
            if (Words.EnglishClues.Contains(word))
            {
                english += 2;
            }
            i = end;
        }
        if (arabic > 0 && arabic >= latin)
        {
            return Language.Arabic;
        }
        return french > english ? Language.French : english > french ? Language.English : null;
    }

    /// <summary>The language of a command word: its own when it has one, else what the text shows, the hint, the
    /// configured default, or the first of its languages.</summary>
    public static Language Choose(LanguageSet languages, string text, int start, ParseContext context)
    {
        if (languages is LanguageSet.English or LanguageSet.French or LanguageSet.Arabic)
        {
            return ToLanguage(languages);
        }
        if (Guess(text, start) is { } shown && languages.HasFlag(ToSet(shown)))
        {
            return shown;
        }
        if (context.LanguageHint is { } hint && languages.HasFlag(ToSet(hint)))
        {
            return hint;
        }
        if (languages.HasFlag(ToSet(context.DefaultLanguage)))
        {
            return context.DefaultLanguage;
        }
        return languages.HasFlag(LanguageSet.English) ? Language.English
            : languages.HasFlag(LanguageSet.French) ? Language.French : Language.Arabic;
    }

    public static Language ForFreeText(string text, ParseContext context) =>
        Guess(text, 0) ?? context.LanguageHint ?? context.DefaultLanguage;

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> word)
    {
        var end = word.Length;
        while (end > 0 && Chars.IsTrailingPunctuation(word[end - 1]))
        {
            end--;
        }
        var start = 0;
        while (start < end && word[start] is '(' or '"' or '«' or '“' or '¿' or '¡' or '#' or '＃')   // "#supprimer"
        {
            start++;
        }
        return word[start..end];
    }

    private static LanguageSet ToSet(Language language) => language switch
    {
        Language.French => LanguageSet.French,
        Language.Arabic => LanguageSet.Arabic,
        _ => LanguageSet.English,
    };

    private static Language ToLanguage(LanguageSet set) => set switch
    {
        LanguageSet.French => Language.French,
        LanguageSet.Arabic => Language.Arabic,
        _ => Language.English,
    };
}
