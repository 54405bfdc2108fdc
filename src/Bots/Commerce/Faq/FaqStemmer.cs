namespace Conversational.Bots.Commerce.Faq;

/// <summary>
/// Light stemmers over folded words (<see cref="FaqText.Fold"/>): they cut the endings that change most between
/// the way a merchant writes a question and the way a customer asks it (plurals, -ing, -ed, French feminine and
/// verb endings, Arabic article, proclitics and pronoun suffixes). They aim at consistency, not at the linguist's
/// root: "livraison", "livrez" and "livrée" all give "livr"; "الفاتورة" and "فاتورتي" both give "اتور".
/// </summary>
internal static class FaqStemmer
{
    private static readonly string[] FrenchInflections = ["ees", "ee", "es", "e", "s"];

    private static readonly string[] FrenchEndings =
        ["ement", "ation", "ition", "aison", "aient", "ions", "iez", "ent", "ait", "ez", "er", "ir"];

    /// <summary>French words whose final s is not a plural ("pays" is not "payer").</summary>
    private static readonly string[] FrenchInvariables = ["pays", "fois", "mois", "prix", "corps", "souris", "temps"];

    private static readonly string[] ArabicSuffixes =
    [
        "هما", "كما", "تين", "تان", "ها", "هم", "كم", "هن", "كن", "نا", "ني", "ون", "ين", "ات", "ان", "يه", "وا", "ه",
        "ي", "ك", "ا",
    ];

    /// <summary>Plurals (-s, -es, -ies), then -ing or -ed, then a final -e and a doubled consonant.</summary>
    public static string English(string word)
    {
        if (word.Length <= 3)
        {
            return word;
        }
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            word = word[..^3] + "y";
        }
        else if (EndsWithAny(word, "sses", "shes", "ches", "xes", "zes"))
        {
            word = word[..^2];
        }
        else if (word[^1] == 's' && !EndsWithAny(word, "ss", "us", "is"))
        {
            word = word[..^1];
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length >= 6 && HasVowel(word[..^3]))
        {
            word = Undouble(word[..^3]);
        }
        else if (word.EndsWith("ied", StringComparison.Ordinal) && word.Length > 4)
        {
            word = word[..^3] + "y";
        }
        else if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length >= 5 && HasVowel(word[..^2]))
        {
            word = Undouble(word[..^2]);
        }

        if (word.Length >= 4 && word[^1] == 'e' && word[^2] != 'e')
        {
            word = word[..^1];
        }
        return Undouble(word);
    }

    /// <summary>
    /// Two cuts, each leaving at least three letters: the inflection (feminine -e, plural -s, -x after u), then
    /// one derivational or verb ending (-ement, -ation, -aison, -ez, -er, -ir...); or the verb ending -ons alone.
    /// </summary>
    public static string French(string word)
    {
        if (Array.IndexOf(FrenchInvariables, word) >= 0)
        {
            return word;
        }
        if (word.Length > 3 && word[^1] == 'x' && word[^2] == 'u')
        {
            word = word[..^1];
        }
        else if (word.Length >= 6 && word.EndsWith("ons", StringComparison.Ordinal)
            && !EndsWithAny(word, "aisons", "tions", "sions"))
        {
            return word[..^3]; // livrons, commandons
        }
        else
        {
            word = CutFirst(word, FrenchInflections, 3);
        }
        return CutFirst(word, FrenchEndings, 3);
    }

    /// <summary>
    /// The article and one-letter proclitics (ال, لل, و, ب, ل, ف, the spoken عال, the future's سـ) while three
    /// letters stay, then up to two suffixes (plural, dual, pronoun, the alef of tanween) while three letters stay;
    /// a ت bared by a pronoun is the ة it was ("فاتورتي" → "فاتوره").
    /// </summary>
    public static string Arabic(string word)
    {
        while (true)
        {
            if (word.Length - 3 >= 3 && word.StartsWith("عال", StringComparison.Ordinal))
            {
                word = word[3..];
            }
            else if (word.Length - 2 >= 3 && (word.StartsWith("ال", StringComparison.Ordinal)
                || word.StartsWith("لل", StringComparison.Ordinal)))
            {
                word = word[2..];
            }
            else if (word.Length - 1 >= 3 && word[0] is 'و' or 'ب' or 'ل' or 'ف')
            {
                word = word[1..];
            }
            else if (word.Length - 1 >= 4 && word[0] == 'س' && word[1] is 'ي' or 'ت' or 'ن' or 'ا')
            {
                word = word[1..]; // the future's سـ before a present tense: سيتوفر → يتوفر
            }
            else
            {
                break;
            }
        }
        for (var cut = 0; cut < 2; cut++)
        {
            var suffix = Array.Find(ArabicSuffixes, s => word.Length - s.Length >= 3
                && word.EndsWith(s, StringComparison.Ordinal));
            if (suffix is null)
            {
                break;
            }
            word = word[..^suffix.Length];
            var pronoun = suffix is not ("ون" or "ين" or "ات" or "ان" or "وا" or "يه" or "ا");
            if (pronoun && word.Length >= 4 && word[^1] == 'ت' && word[^2] != 'ا')
            {
                word = word[..^1] + "ه";
            }
        }
        return word;
    }

    private static string CutFirst(string word, string[] endings, int keep)
    {
        foreach (var ending in endings)
        {
            if (word.Length - ending.Length >= keep && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }
        return word;
    }

    private static bool EndsWithAny(string word, params string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasVowel(string stem)
    {
        foreach (var c in stem)
        {
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"shipp" → "ship", "call" → "cal"; "ss" stays ("address").</summary>
    private static string Undouble(string word) =>
        word.Length >= 3 && word[^1] == word[^2] && word[^1] is not ('s' or 'a' or 'e' or 'i' or 'o' or 'u')
            ? word[..^1]
            : word;
}
