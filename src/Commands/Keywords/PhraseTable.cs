using System.Collections.Frozen;
using Conversational.Commands.Syntax;

namespace Conversational.Commands.Keywords;

/// <summary>
/// Commands of several words ("delete my data", "parler à quelqu'un", "احذف بياناتي"), found by their first word
/// and then matched word by word on folded forms, without allocating. Among phrases sharing a first word the
/// longest is tried first, so "delete all my data" is not cut short by a shorter one.
/// </summary>
internal static class PhraseTable
{
    private static readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> Phrases =
        Build();

    /// <summary>Finds a phrase whose first word is <paramref name="first"/> (as written, sigil and @bot suffix cut
    /// off) and whose other words follow from <paramref name="next"/>; <paramref name="end"/> is where its last
    /// word ends in <paramref name="text"/>.</summary>
    public static bool TryFind(ReadOnlySpan<char> first, string text, int next, out Keyword keyword, out int end)
    {
        keyword = default;
        end = next;
        Span<char> folded = stackalloc char[TextFold.MaxWordLength];
        var length = TextFold.Fold(first, folded);
        if (length <= 0 || !Phrases.TryGetValue(folded[..length], out var candidates))
        {
            return false;
        }
        foreach (var candidate in candidates)
        {
            if (Matches(candidate.Rest, text, next, folded, out end))
            {
                keyword = candidate.Keyword;
                return true;
            }
        }
        end = next;
        return false;
    }

    private static bool Matches(string[] words, string text, int from, Span<char> folded, out int end)
    {
        end = from;
        foreach (var expected in words)
        {
            var start = Chars.SkipSpaces(text, end);
            var wordEnd = Chars.WordEnd(text, start);
            var trimmedEnd = wordEnd;
            while (trimmedEnd > start && Chars.IsTrailingPunctuation(text[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }
            var length = TextFold.Fold(text.AsSpan(start, trimmedEnd - start), folded);
            if (length <= 0 || !folded[..length].SequenceEqual(expected))
            {
                return false;
            }
            end = wordEnd;
        }
        return true;
    }

    private static FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> Build()
    {
        var table = new Dictionary<string, Keyword>(StringComparer.Ordinal);
        KeywordTable.Add(table, EnglishKeywords.Phrases, LanguageSet.English);
        KeywordTable.Add(table, FrenchKeywords.Phrases, LanguageSet.French);
        KeywordTable.Add(table, ArabicKeywords.Phrases, LanguageSet.Arabic);
        return table
            .Select(entry => (Words: entry.Key.Split(' '), entry.Value))
            .Select(entry => entry.Words.Length >= 2
                ? entry
                : throw new InvalidOperationException($"Phrase '{entry.Words[0]}' has a single word."))
            .GroupBy(entry => entry.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group => group
                    .OrderByDescending(entry => entry.Words.Length)
                    .Select(entry => new Phrase(entry.Words[1..], entry.Value))
                    .ToArray(),
                StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The words after the first, folded, and the command the phrase names.</summary>
    private sealed record Phrase(string[] Rest, Keyword Keyword);
}
