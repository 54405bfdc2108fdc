using System.Collections.Frozen;
using Conversational.Commands.Syntax;

namespace Conversational.Commands.Keywords;

/// <summary>A command word, the command it names and the languages it belongs to.</summary>
internal readonly record struct Keyword(CommandKind Kind, LanguageSet Languages);

/// <summary>Every command word of every language, looked up by its folded form without allocating.</summary>
internal static class KeywordTable
{
    private static readonly FrozenDictionary<string, Keyword>.AlternateLookup<ReadOnlySpan<char>> Words = Build();

    /// <summary>Finds a word as written ("Arrêt", "/SEND", "أرسل"); sigils and @bot suffixes must be cut off first.</summary>
    public static bool TryFind(ReadOnlySpan<char> word, out Keyword keyword)
    {
        Span<char> folded = stackalloc char[TextFold.MaxWordLength];
        var length = TextFold.Fold(word, folded);
        if (length <= 0)
        {
            keyword = default;
            return false;
        }
        return Words.TryGetValue(folded[..length], out keyword);
    }

    private static FrozenDictionary<string, Keyword>.AlternateLookup<ReadOnlySpan<char>> Build()
    {
        var table = new Dictionary<string, Keyword>(StringComparer.Ordinal);
        Add(table, EnglishKeywords.Words, LanguageSet.English);
        Add(table, FrenchKeywords.Words, LanguageSet.French);
        Add(table, ArabicKeywords.Words, LanguageSet.Arabic);
        return table.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Adds words (or phrases, words joined by one space) of one language; a word already there gains the
    /// language. Refuses a word naming two commands, or written other than folded.</summary>
    internal static void Add(Dictionary<string, Keyword> table, (string Word, CommandKind Kind)[] words,
        LanguageSet language)
    {
        Span<char> folded = stackalloc char[TextFold.MaxWordLength];
        foreach (var (word, kind) in words)
        {
            foreach (var part in word.Split(' '))
            {
                var length = TextFold.Fold(part, folded);
                if (length <= 0 || !folded[..length].SequenceEqual(part))
                {
                    throw new InvalidOperationException($"Keyword '{word}' is not written folded.");
                }
            }
            if (table.TryGetValue(word, out var existing))
            {
                if (existing.Kind != kind)
                {
                    throw new InvalidOperationException($"Keyword '{word}' names both {existing.Kind} and {kind}.");
                }
                table[word] = existing with { Languages = existing.Languages | language };
            }
            else
            {
                table[word] = new Keyword(kind, language);
            }
        }
    }
}
