using Conversational.Commands.Keywords;
using Conversational.Commands.Syntax;

namespace Conversational.Commands;

/// <summary>
/// Reads one message into one <see cref="Command"/> or one <see cref="ParseError"/>. Accepts the forms people
/// use: "#send 50EUR @lea", "/send@SomeBot ...", a bare "send ..." (SMS), a leading mention of the bot
/// ("@SMoneyfr #envoyer 50EUR @lea"), command phrases ("delete my data"), filler words, any case, extra spaces,
/// Arabic-Indic digits.
/// Never throws on any text; pure, thread-safe, and allocates only the result on the common paths.
/// </summary>
public static partial class CommandParser
{
    public static ParseResult Parse(string? text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        text ??= "";
        if (text.Length > ParseContext.MaxMessageLength)
        {
            // Told in the language the text shows, guessed from the part that would have been read.
            return new ParseError(ParseErrorCode.MessageTooLong,
                LanguageGuesser.ForFreeText(text[..ParseContext.MaxMessageLength], context));
        }
        var start = Chars.SkipSpaces(text, 0);
        if (start == text.Length)
        {
            return new ParseError(ParseErrorCode.MessageEmpty, context.LanguageHint ?? context.DefaultLanguage);
        }

        var head = Head.Read(text, start);
        if (head.IsMention)
        {
            var commandStart = Chars.SkipSpaces(text, head.End);
            var afterMention = Head.Read(text, commandStart);
            if (afterMention.Keyword is not null || IsUnknownCommand(text, commandStart, afterMention))
            {
                // A bare keyword after the mention is still bare ("@SMoneyfr no idea why"); "/foo" and "#foo" still unknown.
                head = afterMention;
                start = commandStart;
            }
        }
        if (head.Keyword is not { } keyword)
        {
            return IsUnknownCommand(text, start, head) ? UnknownCommand(text, start, head, context) : Question(text, context);
        }

        var language = LanguageGuesser.Choose(keyword.Languages, text, head.End, context);
        if (!head.Explicit && EndsWithQuestionMark(text))
        {
            return Question(text, context);
        }
        return keyword.Kind switch
        {
            CommandKind.Send or CommandKind.Donate => ParseMoney(keyword.Kind, text, head, language, context),
            CommandKind.Buy => ParseBuy(text, head, language, context),
            CommandKind.Help => ParseHelp(text, head, language, context),
            CommandKind.Orders => ParseOrders(text, head, language, context),
            CommandKind.Referral => ParseReferral(text, head, language, context),
            CommandKind.Dispute => new DisputeCommand(language, text.Trim()),
            CommandKind.Link or CommandKind.Unlink => ParseLink(keyword.Kind, text, head, language, context),
            CommandKind.Handle => ParseHandle(text, head, language, context),
            CommandKind.Language => ParseLanguage(text, head, language, context),
            // Erasing is read strictly, sigil or not: "#deletedata" or "delete my data" and nothing more.
            CommandKind.DeleteData when !RestIsInsignificant(text, head.End) => Question(text, context),
            _ when !head.Explicit && !RestIsInsignificant(text, head.End) => Question(text, context),
            CommandKind.Balance => new ShowBalanceCommand(language),
            CommandKind.History => new ShowHistoryCommand(language),
            CommandKind.Spending => new ShowSpendingCommand(language),
            CommandKind.More => new MoreCommand(language),
            CommandKind.Stop => new StopCommand(language),
            CommandKind.Start => new StartCommand(language),
            CommandKind.Confirm => new ConfirmCommand(language),
            CommandKind.Cancel => new CancelCommand(language),
            CommandKind.ExportData => new ExportDataCommand(language),
            CommandKind.DeleteData => new DeleteDataCommand(language),
            CommandKind.Back => new BackCommand(language),
            CommandKind.Advisor => new AdvisorCommand(language),
            CommandKind.Resume => new ResumeCommand(language),
            CommandKind.Points => new ShowPointsCommand(language),
            CommandKind.Claim => new ClaimCommand(language),
            _ => Question(text, context),
        };
    }

    /// <summary>"/foo", and "#foo" when a letter follows the "#": a command nobody knows, never a question for the
    /// shop's staff ("#envoier 5€ @lea" is a payment mistyped). "#1" or a lone "#" stay free text.</summary>
    private static bool IsUnknownCommand(string text, int start, Head head) =>
        head.Keyword is null && !head.IsMention
        && (head.Sigil == '/' || (head.Sigil is '#' or '＃' && start + 1 < text.Length && char.IsLetter(text[start + 1])));

    /// <summary>The unknown command, with the nearest command word when one is close ("#envoier": #envoyer?), answered
    /// in that word's language; otherwise in the language the text shows.</summary>
    private static ParseError UnknownCommand(string text, int start, Head head, ParseContext context)
    {
        var fragment = text[start..head.End];
        var wordEnd = head.End;
        if (head.Sigil == '/' && text.AsSpan(start + 1, head.End - start - 1).IndexOf('@') is var at and >= 0)
        {
            wordEnd = start + 1 + at;   // "/foo@SomeBot"
        }
        while (wordEnd > start + 1 && Chars.IsTrailingPunctuation(text[wordEnd - 1]))
        {
            wordEnd--;
        }
        if (KeywordSuggestions.TryFindNearest(text.AsSpan(start + 1, wordEnd - start - 1), out var nearest, out var keyword))
        {
            var language = LanguageGuesser.Choose(keyword.Languages, text, head.End, context);
            return new ParseError(ParseErrorCode.UnknownCommand, language, fragment: fragment,
                suggestion: text[start] + nearest);
        }
        return new ParseError(ParseErrorCode.UnknownCommand, LanguageGuesser.ForFreeText(text, context), fragment: fragment);
    }

    private static QuestionCommand Question(string text, ParseContext context) =>
        new(text.Trim(), LanguageGuesser.ForFreeText(text, context));

    private static ParseResult ParseHelp(string text, Head head, Language language, ParseContext context)
    {
        var topicStart = Chars.SkipSpaces(text, head.End);
        if (topicStart == text.Length)
        {
            return new HelpCommand(language);
        }
        var topic = Head.Read(text, topicStart);
        var topicKind = topic.Keyword is { Kind: not CommandKind.Help } k ? k.Kind : (CommandKind?)null;
        if (head.Explicit)
        {
            return new HelpCommand(language, topicKind);
        }
        if (RestIsInsignificant(text, topicKind is null ? topicStart : topic.End))
        {
            return new HelpCommand(language, topicKind);
        }
        return Question(text, context);
    }

    /// <summary>True when nothing after <paramref name="from"/> carries meaning: punctuation, emoji, or
    /// politeness ("yes please", "non merci 🙏").</summary>
    private static bool RestIsInsignificant(string text, int from)
    {
        var i = from;
        while ((i = Chars.SkipSpaces(text, i)) < text.Length)
        {
            var end = Chars.WordEnd(text, i);
            var word = TrimPunctuation(text.AsSpan(i, end - i));
            if (!word.IsEmpty && HasSignificantChar(word) && !Words.Politeness.Contains(word))
            {
                return false;
            }
            i = end;
        }
        return true;
    }

    private static bool HasSignificantChar(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (Chars.IsSignificant(c))
            {
                return true;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> TrimPunctuation(ReadOnlySpan<char> word)
    {
        var end = word.Length;
        while (end > 0 && Chars.IsTrailingPunctuation(word[end - 1]))
        {
            end--;
        }
        return word[..end];
    }

    private static bool EndsWithQuestionMark(string text)
    {
        var end = text.Length;
        while (end > 0 && Chars.IsSpace(text[end - 1]))
        {
            end--;
        }
        return end > 0 && text[end - 1] is '?' or '؟';
    }
}
