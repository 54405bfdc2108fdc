namespace Conversational.Commands;

/// <summary>The stable wire names of <see cref="ParseErrorCode"/> ("amount.too-many-decimals").</summary>
public static class ParseErrorCodes
{
    public static string ToWireName(this ParseErrorCode code) => code switch
    {
        ParseErrorCode.MessageEmpty => "message.empty",
        ParseErrorCode.MessageTooLong => "message.too-long",
        ParseErrorCode.UnknownCommand => "command.unknown",
        ParseErrorCode.AmountMissing => "amount.missing",
        ParseErrorCode.AmountZero => "amount.zero",
        ParseErrorCode.AmountNegative => "amount.negative",
        ParseErrorCode.AmountTooManyDecimals => "amount.too-many-decimals",
        ParseErrorCode.AmountUnknownCurrency => "amount.unknown-currency",
        ParseErrorCode.AmountAmbiguousCurrency => "amount.ambiguous-currency",
        ParseErrorCode.AmountConflictingCurrencies => "amount.conflicting-currencies",
        ParseErrorCode.AmountTooLarge => "amount.too-large",
        ParseErrorCode.AmountExponent => "amount.exponent",
        ParseErrorCode.AmountNotANumber => "amount.not-a-number",
        ParseErrorCode.AmountMalformed => "amount.malformed",
        ParseErrorCode.AmountTwoAmounts => "amount.two-amounts",
        ParseErrorCode.RecipientMissing => "recipient.missing",
        ParseErrorCode.RecipientTwoRecipients => "recipient.two-recipients",
        ParseErrorCode.RecipientInvalidHandle => "recipient.invalid-handle",
        ParseErrorCode.RecipientInvalidPhone => "recipient.invalid-phone",
        ParseErrorCode.ProductMissing => "product.missing",
        ParseErrorCode.QuantityInvalid => "quantity.invalid",
        ParseErrorCode.ReferralCodeInvalid => "referral.invalid-code",
        ParseErrorCode.LinkTargetInvalid => "link.invalid-target",
        ParseErrorCode.HandleInvalid => "handle.invalid",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown parse error code."),
    };
}
