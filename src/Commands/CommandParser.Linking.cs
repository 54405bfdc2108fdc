using System.Buffers;
using Conversational.Commands.Keywords;
using Conversational.Commands.Recipients;
using Conversational.Commands.Syntax;

namespace Conversational.Commands;

public static partial class CommandParser
{
    private static readonly SearchValues<char> DigitsAndUnderscore = SearchValues.Create("0123456789_");

    /// <summary>"#link +33 6 12 34 56 78", "lier telegram @lea", "ربط ١٢٣ ٤٥٦" (a code), "#unlink", "#délier web alice".
    /// A bare word takes one target (or a code) and nothing more, or nothing at all ("link to the site" is a
    /// question); an explicit one refuses what it cannot read.</summary>
    private static ParseResult ParseLink(CommandKind kind, string text, Head head, Language language, ParseContext context)
    {
        if (!TryReadArgument(text, head.End, Words.LinkLeads, out var start, out _, out _))
        {
            return kind == CommandKind.Link ? new LinkIdentityCommand(language) : new UnlinkIdentityCommand(language);
        }
        if (kind == CommandKind.Link && ReadLinkCode(text, start, out var codeEnd) is { } code && RestIsInsignificant(text, codeEnd))
        {
            return new LinkIdentityCommand(language, Code: code);
        }
        var target = ReadLinkTarget(text, start, kind, head.Explicit, language, context, out var end);
        if (target is ParseError error)
        {
            return head.Explicit ? error : Question(text, context);
        }
        if (!RestIsInsignificant(text, end))
        {
            return head.Explicit
                ? new ParseError(ParseErrorCode.LinkTargetInvalid, language, kind, text[start..].Trim())
                : Question(text, context);
        }
        var linkTarget = ((LinkTargetResult)target).Target;
        return kind == CommandKind.Link ? new LinkIdentityCommand(language, linkTarget) : new UnlinkIdentityCommand(language, linkTarget);
    }

    /// <summary>"#handle lea_m", "#pseudo @lea_m", "#معرف": the new handle, or none to show the current one.</summary>
    private static ParseResult ParseHandle(string text, Head head, Language language, ParseContext context)
    {
        var start = Chars.SkipSpaces(text, head.End);
        if (RestIsInsignificant(text, head.End))
        {
            return new SetHandleCommand(language);
        }
        var wordEnd = Chars.WordEnd(text, start);
        var end = wordEnd;
        while (end > start && Chars.IsTrailingPunctuation(text[end - 1]))
        {
            end--;
        }
        var nameStart = text[start] == '@' ? start + 1 : start;
        var name = text.AsSpan(nameStart, end - nameStart);
        if (!RestIsInsignificant(text, wordEnd) || !IsChoosableHandle(name))
        {
            return head.Explicit
                ? new ParseError(ParseErrorCode.HandleInvalid, language, CommandKind.Handle, text[start..].Trim())
                : Question(text, context);
        }
        return new SetHandleCommand(language, name.ToString().ToLowerInvariant());
    }

    /// <summary>"#language fr", "#langue anglais", "#لغة العربية", "#language auto"; alone, or with a word that names
    /// no language after an explicit command, it shows the current choice. A bare word takes a language name or
    /// nothing ("language school" is a question).</summary>
    private static ParseResult ParseLanguage(string text, Head head, Language language, ParseContext context)
    {
        if (!TryReadArgument(text, head.End, Words.LinkLeads, out var start, out var length, out var end))
        {
            return new SetLanguageCommand(language);
        }
        var word = text.AsSpan(start, length);
        Language? chosen = Words.EnglishNames.Contains(word) ? Language.English
            : Words.FrenchNames.Contains(word) ? Language.French
            : Words.ArabicNames.Contains(word) ? Language.Arabic
            : null;
        var automatic = chosen is null && Words.AutomaticNames.Contains(word);
        if ((chosen is null && !automatic) || !RestIsInsignificant(text, end))
        {
            return head.Explicit ? new SetLanguageCommand(language) : Question(text, context);
        }
        return new SetLanguageCommand(language, chosen, automatic);
    }

    /// <summary>A handle a person may choose: a valid handle in one script (a-z or Arabic letters, with digits and
    /// _), with a letter, so that it can never pass for another person's handle written in look-alike letters.</summary>
    private static bool IsChoosableHandle(ReadOnlySpan<char> name)
    {
        if (!HandleReader.IsValid(name))
        {
            return false;
        }
        bool latin = false, arabic = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetter(c))
            {
                latin = true;
            }
            else if (Chars.IsArabicLetter(c))
            {
                arabic = true;
            }
            else if (!char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }
        }
        return latin != arabic;
    }

    /// <summary>Six digits of any script, maybe split in two groups of three ("123 456"); null otherwise.</summary>
    private static string? ReadLinkCode(string text, int start, out int end)
    {
        Span<char> code = stackalloc char[LinkIdentityCommand.CodeLength];
        var count = 0;
        var i = start;
        end = start;
        while (i < text.Length)
        {
            var digit = Chars.DigitValue(text[i]);
            if (digit >= 0)
            {
                if (count == code.Length)
                {
                    return null;
                }
                code[count++] = (char)('0' + digit);
                i++;
                continue;
            }
            if (count == 3 && Chars.IsGroupingSpace(text[i]) && Chars.IsDigitAt(text, i + 1))
            {
                i++;
                continue;
            }
            break;
        }
        if (count != code.Length || (i < text.Length && !Chars.IsSpace(text[i]) && !Chars.IsTrailingPunctuation(text[i])))
        {
            return null;
        }
        end = i;
        return new string(code);
    }

    private static ParseResult ReadLinkTarget(
        string text, int start, CommandKind kind, bool explicitHead, Language language, ParseContext context, out int end)
    {
        end = Chars.WordEnd(text, start);
        if (PhoneReader.MayStartAt(text, start))
        {
            return PhoneReader.Read(text, start, context, out end, out var e164) == PhoneScanStatus.Read
                ? new LinkTargetResult(new LinkTarget(LinkTargetKind.Phone, e164), language)
                : new ParseError(ParseErrorCode.RecipientInvalidPhone, language, kind, text[start..Math.Max(end, Chars.WordEnd(text, start))]);
        }
        if (text[start] == '@')
        {
            return HandleReader.TryRead(text, start, out var handleStart, out var length, out end)
                ? new LinkTargetResult(new LinkTarget(LinkTargetKind.Handle, text.Substring(handleStart, length).ToLowerInvariant()), language)
                : new ParseError(ParseErrorCode.RecipientInvalidHandle, language, kind, text[start..end]);
        }
        var word = TrimPunctuation(text.AsSpan(start, end - start));
        var channel = Words.TelegramWords.Contains(word) ? LinkTargetKind.Telegram
            : Words.WebChatWords.Contains(word) ? LinkTargetKind.WebChat
            : (LinkTargetKind?)null;
        if (channel is { } named)
        {
            // "telegram @lea", "web alice"; unlinking may name the channel alone.
            var nameStart = Chars.SkipSpaces(text, end);
            if (nameStart == text.Length || RestIsInsignificant(text, end))
            {
                return new LinkTargetResult(new LinkTarget(named, null), language);
            }
            var at = text[nameStart] == '@' ? nameStart : nameStart - 1;
            if (text[nameStart] != '@')
            {
                var nameEnd = Chars.WordEnd(text, nameStart);
                end = nameEnd;
                var name = TrimPunctuation(text.AsSpan(nameStart, nameEnd - nameStart));
                return HandleReader.IsValid(name)
                    ? new LinkTargetResult(new LinkTarget(named, name.ToString().ToLowerInvariant()), language)
                    : new ParseError(ParseErrorCode.LinkTargetInvalid, language, kind, text[start..nameEnd]);
            }
            return HandleReader.TryRead(text, at, out var valueStart, out var valueLength, out end)
                ? new LinkTargetResult(new LinkTarget(named, text.Substring(valueStart, valueLength).ToLowerInvariant()), language)
                : new ParseError(ParseErrorCode.RecipientInvalidHandle, language, kind, text[at..end]);
        }
        // A lone word is a handle written without its @ only after "#link": "link to my order" is a question.
        return explicitHead && HandleReader.IsValid(word) && word.ContainsAnyExcept(DigitsAndUnderscore)
            ? new LinkTargetResult(new LinkTarget(LinkTargetKind.Handle, word.ToString().ToLowerInvariant()), language)
            : new ParseError(ParseErrorCode.LinkTargetInvalid, language, kind, text[start..end]);
    }

    /// <summary>A target read, carried through <see cref="ParseResult"/> so one method answers target or error.</summary>
    private sealed record LinkTargetResult(LinkTarget Target, Language Language) : ParseResult(Language);
}
