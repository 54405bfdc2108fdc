using Conversational.Commands.Syntax;

namespace Conversational.Commands.Keywords;

/// <summary>
/// The command word nearest to a mistyped one ("envoier" → "envoyer", "balanse" → "balance"), over the command words of
/// the three languages: at most one edit away for a word of 3 to 6 letters, two for a longer one (a swap of two letters
/// counts as one edit). Ties go to the word as long as the one written, then to the table's order.
/// </summary>
internal static class KeywordSuggestions
{
    private const int MinWordLength = 3;

    /// <summary>Folded words shown with their accents, so the suggestion reads as the person would write it.</summary>
    private static readonly Dictionary<string, string> Accented = new(StringComparer.Ordinal)
    {
        ["delier"] = "délier", ["releve"] = "relevé", ["depenses"] = "dépenses", ["depense"] = "dépense",
        ["arret"] = "arrêt", ["demarrer"] = "démarrer", ["precedent"] = "précédent", ["fidelite"] = "fidélité",
        ["achete"] = "achète", ["donnees"] = "données", ["mesdonnees"] = "mesdonnées", ["desabonner"] = "désabonner",
        ["conseillere"] = "conseillère",
    };

    /// <summary>Every single command word, after <see cref="Accented"/> (static fields start in the order written).</summary>
    private static readonly (string Word, string Shown, Keyword Keyword)[] Candidates = Build();

    /// <summary>The nearest command word (as shown to the person) and its keyword; false when none is near enough.</summary>
    public static bool TryFindNearest(ReadOnlySpan<char> word, out string nearest, out Keyword keyword)
    {
        nearest = "";
        keyword = default;
        Span<char> folded = stackalloc char[TextFold.MaxWordLength];
        var length = TextFold.Fold(word, folded);
        if (length < MinWordLength)
        {
            return false;
        }
        var typed = folded[..length];
        var limit = length >= 7 ? 2 : 1;
        var best = limit + 1;
        var bestLengthGap = int.MaxValue;
        foreach (var (candidate, shown, found) in Candidates)
        {
            if (Math.Abs(candidate.Length - length) > limit)
            {
                continue;
            }
            var distance = Distance(typed, candidate, limit);
            var lengthGap = Math.Abs(candidate.Length - length);
            if (distance < best || (distance == best && lengthGap < bestLengthGap))
            {
                best = distance;
                bestLengthGap = lengthGap;
                nearest = shown;
                keyword = found;
            }
        }
        return best <= limit;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent swaps); anything over
    /// <paramref name="limit"/> is reported as <paramref name="limit"/> + 1.</summary>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (a.SequenceEqual(b))
        {
            return 0;
        }
        Span<int> before = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }
            if (rowMinimum > limit)
            {
                return limit + 1;
            }
            previous.CopyTo(before);
            current.CopyTo(previous);
        }
        return Math.Min(previous[b.Length], limit + 1);
    }

    private static (string, string, Keyword)[] Build()
    {
        var table = new Dictionary<string, Keyword>(StringComparer.Ordinal);
        KeywordTable.Add(table, EnglishKeywords.Words, LanguageSet.English);
        KeywordTable.Add(table, FrenchKeywords.Words, LanguageSet.French);
        KeywordTable.Add(table, ArabicKeywords.Words, LanguageSet.Arabic);
        // Dictionary keeps insertion order while nothing is removed: English, then French, then Arabic.
        return [.. table
            .Where(entry => entry.Key.Length >= MinWordLength && !entry.Key.Contains(' ', StringComparison.Ordinal))
            .Select(entry => (entry.Key, Accented.GetValueOrDefault(entry.Key, entry.Key), entry.Value))];
    }
}
