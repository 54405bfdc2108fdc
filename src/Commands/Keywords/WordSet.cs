using System.Collections.Frozen;
using Conversational.Commands.Syntax;

namespace Conversational.Commands.Keywords;

/// <summary>A set of folded words, asked with words as written.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    public WordSet(params string[] foldedWords) =>
        _words = foldedWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word)
    {
        Span<char> folded = stackalloc char[TextFold.MaxWordLength];
        var length = TextFold.Fold(word, folded);
        return length > 0 && _words.Contains(folded[..length]);
    }
}
