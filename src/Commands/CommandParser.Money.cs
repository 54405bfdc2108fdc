using Conversational.Commands.Keywords;
using Conversational.Commands.Money;
using Conversational.Commands.Recipients;
using Conversational.Commands.Syntax;

namespace Conversational.Commands;

public static partial class CommandParser
{
    /// <summary>Arguments of send and donate, in any order: one amount, one recipient, filler words, and
    /// whatever else the person wrote, kept as a note.</summary>
    private static ParseResult ParseMoney(CommandKind kind, string text, Head head, Language language,
        ParseContext context)
    {
        var arguments = new MoneyArguments();
        var i = head.End;
        while ((i = Chars.SkipSpaces(text, i)) < text.Length)
        {
            var next = ReadMoneyArgument(text, i, language, context, ref arguments);
            if (next < 0)
            {
                // An ambiguous currency ("5 dinars") is shown the configured one as the example: the only one the
                // parser knows is taken.
                return new ParseError(arguments.Error, language, kind, text[i..arguments.ErrorEnd],
                    arguments.Error == ParseErrorCode.AmountAmbiguousCurrency ? context.DefaultCurrency : arguments.ErrorCurrency);
            }
            i = next;
        }

        if (!arguments.HasRecipient && arguments.HasAmount && arguments.NoteWords == 1 &&
            HandleReader.IsValid(text.AsSpan(arguments.NoteStart, arguments.NoteLength)))
        {
            // "send 5 lea": a lone word where the recipient belongs is a handle written without its @.
            arguments.SetRecipient(RecipientKind.Handle,
                new TextSlice(text, arguments.NoteStart, arguments.NoteLength, SliceCase.Lower));
            arguments.NoteWords = 0;
        }
        if (!head.Explicit && (!arguments.HasAmount || !arguments.HasRecipient) &&
            (arguments.NoteWords >= 2 || !arguments.HasAmount && !arguments.HasRecipient))
        {
            return Question(text, context);   // "send me the invoice", "give up": prose, not a payment
        }
        if (!arguments.HasAmount)
        {
            return new ParseError(ParseErrorCode.AmountMissing, language, kind);
        }
        if (arguments.StrayCurrency is { } stray && stray != arguments.Amount.Currency)
        {
            return new ParseError(ParseErrorCode.AmountConflictingCurrencies, language, kind,
                $"{arguments.Amount.Currency} {stray}");
        }
        if (!arguments.HasRecipient)
        {
            return new ParseError(ParseErrorCode.RecipientMissing, language, kind);
        }
        var note = arguments.NoteWords > 0
            ? new TextSlice(text, arguments.NoteStart, arguments.NoteLength, SliceCase.AsWritten)
            : default;
        return kind == CommandKind.Send
            ? new SendMoneyCommand(language, arguments.Amount, arguments.RecipientKind, arguments.Recipient, note)
            : new DonateCommand(language, arguments.Amount, arguments.RecipientKind, arguments.Recipient, note);
    }

    /// <summary>Reads the argument at <paramref name="i"/>; returns where it ends, or -1 with the error set.</summary>
    private static int ReadMoneyArgument(string text, int i, Language language, ParseContext context,
        ref MoneyArguments arguments)
    {
        if (text[i] == '@')
        {
            var valid = HandleReader.TryRead(text, i, out var start, out var length, out var wordEnd);
            if (!valid)
            {
                return arguments.Fail(ParseErrorCode.RecipientInvalidHandle, wordEnd);
            }
            return arguments.HasRecipient
                ? arguments.Fail(ParseErrorCode.RecipientTwoRecipients, wordEnd)
                : arguments.SetRecipient(RecipientKind.Handle, new TextSlice(text, start, length, SliceCase.Lower),
                    wordEnd);
        }
        if (PhoneReader.MayStartAt(text, i))
        {
            switch (PhoneReader.Read(text, i, context, out var phoneEnd, out var e164))
            {
                case PhoneScanStatus.Read when arguments.HasRecipient:
                    return arguments.Fail(ParseErrorCode.RecipientTwoRecipients, phoneEnd);
                case PhoneScanStatus.Read:
                    return arguments.SetRecipient(RecipientKind.Phone, TextSlice.Of(e164), phoneEnd);
                case PhoneScanStatus.Invalid:
                    return arguments.Fail(ParseErrorCode.RecipientInvalidPhone, phoneEnd);
                case PhoneScanStatus.None when arguments.HasAmount && !arguments.HasRecipient:
                    // "#send 5 EUR 0612": after the amount, digits written like a phone number are a number cut short,
                    // never a second amount.
                    return arguments.Fail(ParseErrorCode.RecipientInvalidPhone, Chars.WordEnd(text, i));
            }
        }
        var scan = AmountReader.Read(text, i, language, context.DefaultCurrency);
        switch (scan.Status)
        {
            case AmountScanStatus.Read when arguments.HasAmount:
                return arguments.Fail(ParseErrorCode.AmountTwoAmounts, scan.End);
            case AmountScanStatus.Read:
                arguments.Amount = scan.Amount;
                arguments.HasAmount = true;
                return scan.End;
            case AmountScanStatus.Invalid when arguments.HasAmount:
                return arguments.Fail(ParseErrorCode.AmountTwoAmounts, scan.End);   // "5€ 0€": the 2nd is the fault
            case AmountScanStatus.Invalid:
                return arguments.Fail(scan.Error, scan.End, scan.Currency);
        }

        var end = Chars.WordEnd(text, i);
        var word = TrimPunctuation(text.AsSpan(i, end - i));
        if (Words.NotANumber.Contains(word))
        {
            return arguments.Fail(ParseErrorCode.AmountNotANumber, end);
        }
        if (IsStandaloneCurrency(word, out var currency))
        {
            // "5 USD EUR": a second currency must not slip into the note while the first one is paid.
            arguments.StrayCurrency ??= currency;
            return end;
        }
        // Punctuation alone ("?", "!") and requests to the bot ("please", "stp") are no words of the note.
        if (!word.IsEmpty && !Words.Please.Contains(word) &&
            (!Words.Fillers.Contains(word) || !FillerLeadsToArgument(text, end)))
        {
            arguments.AddNoteWord(i, i + word.Length);
        }
        return end;
    }

    /// <summary>A currency named apart from any number: an ISO code in capitals or a currency sign.</summary>
    private static bool IsStandaloneCurrency(ReadOnlySpan<char> word, out string currency)
    {
        currency = "";
        if (!(CurrencyWords.LooksLikeIsoCode(word) || word.Length == 1) || !CurrencyWords.TryFind(word, out var found) ||
            found.Kind != CurrencyWordKind.Currency)
        {
            return false;
        }
        currency = found.Code;
        return true;
    }

    /// <summary>"to" in "to @lea" or "to lea" (the last word but for politeness) is filler; in "for the pizza" it is part of a note.</summary>
    private static bool FillerLeadsToArgument(string text, int fillerEnd)
    {
        var next = Chars.SkipSpaces(text, fillerEnd);
        if (next >= text.Length)
        {
            return false;
        }
        var c = text[next];
        if (c is '@' or '+' or '-' || Chars.IsDigit(c) || CurrencyWords.TryFindSign(c, out _))
        {
            return true;
        }
        var wordEnd = Chars.WordEnd(text, next);
        return RestIsInsignificant(text, wordEnd) &&   // "to lea", "to lea please"
            HandleReader.IsValid(TrimPunctuation(text.AsSpan(next, wordEnd - next)));
    }

    /// <summary>What has been read of a send or donate so far.</summary>
    private struct MoneyArguments
    {
        public bool HasAmount;
        public Amount Amount;
        public bool HasRecipient;
        public RecipientKind RecipientKind;
        public TextSlice Recipient;
        public int NoteWords;
        public int NoteStart;
        public int NoteLength;
        public ParseErrorCode Error;
        public int ErrorEnd;
        public string? ErrorCurrency;
        public string? StrayCurrency;

        public int SetRecipient(RecipientKind kind, TextSlice recipient, int end = 0)
        {
            HasRecipient = true;
            RecipientKind = kind;
            Recipient = recipient;
            return end;
        }

        public void AddNoteWord(int start, int end)
        {
            if (NoteWords++ == 0)
            {
                NoteStart = start;
            }
            NoteLength = end - NoteStart;
        }

        public int Fail(ParseErrorCode error, int end, string? currency = null)
        {
            Error = error;
            ErrorEnd = end;
            ErrorCurrency = currency;
            return -1;
        }
    }
}
