namespace Conversational.Commands.Messages;

/// <summary>Parse errors explained in English, each with the way to put it right.</summary>
internal static class EnglishMessages
{
    /// <summary>An unknown command close to a known one.</summary>
    public const string UnknownCommandWithSuggestion =
        "I don't know the command {fragment}. Did you mean {suggestion}? Send HELP to see the commands.";

    /// <summary>A target "#unlink" cannot read.</summary>
    public const string UnlinkTargetInvalid =
        "I can't tell what to unlink in {fragment}. Write a phone number, telegram, or web and a name, for example: {example}";

    public static string Template(ParseErrorCode code, int decimals) => code switch
    {
        ParseErrorCode.MessageEmpty => "Your message is empty. Send HELP to see what I can do.",
        ParseErrorCode.MessageTooLong => "Your message is too long (4096 characters at most). Please send a shorter one.",
        ParseErrorCode.UnknownCommand => "I don't know the command {fragment}. Send HELP to see the commands.",
        ParseErrorCode.AmountMissing => "How much? For example: {example}",
        ParseErrorCode.AmountZero => "The amount must be more than zero. For example: {example}",
        ParseErrorCode.AmountNegative => "The amount can't be negative ({fragment}). For example: {example}",
        ParseErrorCode.AmountTooManyDecimals when decimals == 0 =>
            "{currency} has no decimals, and {fragment} has some. Write it like {sample}.",
        ParseErrorCode.AmountTooManyDecimals =>
            "{currency} has at most {decimals} decimals, and {fragment} has more. Write it like {sample}.",
        ParseErrorCode.AmountUnknownCurrency =>
            "I don't know the currency in {fragment}. Write an ISO code such as EUR, or a sign such as €.",
        ParseErrorCode.AmountAmbiguousCurrency =>
            "{fragment} could mean several currencies. Write its three-letter ISO code instead, such as {currency}.",
        ParseErrorCode.AmountConflictingCurrencies =>
            "{fragment} names two different currencies. Write just one, for example 50 EUR.",
        ParseErrorCode.AmountTooLarge => "{fragment} is too large an amount.",
        ParseErrorCode.AmountExponent => "Write the amount in plain digits, without an exponent: 1000 rather than 1e3.",
        ParseErrorCode.AmountNotANumber => "{fragment} is not an amount. Write digits, for example: {example}",
        ParseErrorCode.AmountMalformed => "I can't read the amount {fragment}. Write it like {sample}.",
        ParseErrorCode.AmountTwoAmounts => "Your message has two amounts. Send one at a time, for example: {example}",
        ParseErrorCode.RecipientMissing => "To whom? Add a @name or a phone number, for example: {example}",
        ParseErrorCode.RecipientTwoRecipients =>
            "Your message names two recipients. Send to one at a time, for example: {example}",
        ParseErrorCode.RecipientInvalidHandle =>
            "{fragment} is not a valid name: after the @, use 2 to 32 letters, digits or _.",
        ParseErrorCode.RecipientInvalidPhone =>
            "{fragment} is not a valid phone number. Write it like +33 6 12 34 56 78.",
        ParseErrorCode.ProductMissing => "Which product? Send its name or code, for example: {example}",
        ParseErrorCode.QuantityInvalid => "The quantity must be between 1 and 999.",
        ParseErrorCode.ReferralCodeInvalid =>
            "{fragment} is not a referral code: it has 4 to 12 letters or digits, for example: {example}",
        ParseErrorCode.LinkTargetInvalid =>
            "I can't tell what to link in {fragment}. Write a phone number, a @name, telegram @name or web name, for example: {example}",
        ParseErrorCode.HandleInvalid =>
            "{fragment} can't be your name: use 2 to 32 letters a-z (or Arabic letters), digits or _, with at least one letter, "
            + "for example: {example}",
        _ => "I couldn't read your message. Send HELP to see what I can do.",
    };

    public static string Example(CommandKind? command) => command switch
    {
        CommandKind.Donate => "#donate 10EUR @restosducoeur",
        CommandKind.Buy => "#buy GAME42",
        CommandKind.Referral => "#referral R7K3QX",
        CommandKind.Link => "#link +33612345678",
        CommandKind.Unlink => "#unlink +33612345678",
        CommandKind.Handle => "#handle lea_m",
        _ => "#send 10EUR @lea",
    };
}
