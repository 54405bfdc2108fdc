using Conversational.Commands.Keywords;
using Conversational.Commands.Syntax;

namespace Conversational.Commands;

/// <summary>The first word of a message: a command word with its sigil ("#send", "/send@SomeBot", "send") or a
/// command phrase ("delete my data", "#my orders"), or a mention ("@SMoneyfr"), or anything else. <see cref="End"/>
/// is where the word or phrase ends.</summary>
internal readonly record struct Head(Keyword? Keyword, char Sigil, bool IsMention, bool Explicit, int End)
{
    public static Head Read(string text, int start)
    {
        var end = Chars.WordEnd(text, start);
        if (start >= end)
        {
            return new Head(null, '\0', false, false, end);
        }
        var sigil = text[start] is '#' or '/' or '＃' ? text[start] : '\0';
        if (text[start] == '@')
        {
            return new Head(null, '\0', true, false, end);
        }
        var wordStart = sigil == '\0' ? start : start + 1;
        var wordEnd = end;
        if (sigil == '/' && text.AsSpan(wordStart, end - wordStart).IndexOf('@') is var at and >= 0)
        {
            wordEnd = wordStart + at;   // "/send@SomeBot": Telegram's command addressed to one bot in a group
        }
        while (wordEnd > wordStart && Chars.IsTrailingPunctuation(text[wordEnd - 1]))
        {
            wordEnd--;
        }
        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        if (PhraseTable.TryFind(word, text, end, out var phrase, out var phraseEnd))
        {
            return new Head(phrase, sigil, false, sigil != '\0', phraseEnd);   // "delete my data", "#my orders"
        }
        Keyword? keyword = KeywordTable.TryFind(word, out var found) ? found : null;
        return new Head(keyword, sigil, false, sigil != '\0', end);
    }
}
