namespace Conversational.Commands.Syntax;

/// <summary>
/// Folds a word to the form the word tables use: lower case, Latin accents removed ("Arrêt" → "arret"),
/// Arabic short vowels and tatweel removed and letter variants unified (أ إ آ ٱ → ا, ة → ه, ى → ي), so
/// "أرسل", "ارسل" and "إرسال" meet the same entries.
/// </summary>
internal static class TextFold
{
    /// <summary>Longest word the tables hold; longer words match nothing and need no folding.</summary>
    public const int MaxWordLength = 24;

    /// <summary>Folds <paramref name="word"/> into <paramref name="destination"/>; returns the folded length,
    /// or -1 when the word is longer than <see cref="MaxWordLength"/>.</summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (word.Length > MaxWordLength || word.Length > destination.Length)
        {
            return -1;
        }
        var length = 0;
        foreach (var c in word)
        {
            var folded = FoldChar(c);
            if (folded != '\0')
            {
                destination[length++] = folded;
            }
        }
        return length;
    }

    private static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        return c switch
        {
            'à' or 'á' or 'â' or 'ä' or 'À' or 'Á' or 'Â' or 'Ä' => 'a',
            'é' or 'è' or 'ê' or 'ë' or 'É' or 'È' or 'Ê' or 'Ë' => 'e',
            'î' or 'ï' or 'í' or 'Î' or 'Ï' or 'Í' => 'i',
            'ô' or 'ö' or 'ó' or 'Ô' or 'Ö' or 'Ó' => 'o',
            'ù' or 'û' or 'ü' or 'ú' or 'Ù' or 'Û' or 'Ü' or 'Ú' => 'u',
            'ç' or 'Ç' => 'c',
            'ÿ' => 'y',
            '’' or 'ʼ' => '\'',
            'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            '\u0640' => '\0',                                  // tatweel, a stretching stroke
            >= '\u064B' and <= '\u065F' or '\u0670' => '\0',   // harakat (short vowels) and superscript alef
            _ => char.ToLowerInvariant(c),
        };
    }
}
