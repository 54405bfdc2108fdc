namespace Conversational.Commands;

/// <summary>Why a message could not be read; each has a wire name and a localized explanation.</summary>
public enum ParseErrorCode
{
    MessageEmpty,
    MessageTooLong,
    UnknownCommand,
    AmountMissing,
    AmountZero,
    AmountNegative,
    AmountTooManyDecimals,
    AmountUnknownCurrency,
    AmountAmbiguousCurrency,
    AmountConflictingCurrencies,
    AmountTooLarge,
    AmountExponent,
    AmountNotANumber,
    AmountMalformed,
    AmountTwoAmounts,
    RecipientMissing,
    RecipientTwoRecipients,
    RecipientInvalidHandle,
    RecipientInvalidPhone,
    ProductMissing,
    QuantityInvalid,
    ReferralCodeInvalid,
    LinkTargetInvalid,
    HandleInvalid,
}
