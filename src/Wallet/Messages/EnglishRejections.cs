namespace Conversational.Wallet;

/// <summary>Rejections explained in English, each with what to do instead.</summary>
internal static class EnglishRejections
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static string Describe(RejectionMessages.Facts f) => f switch
    {
        { Reason: RejectionReason.InvalidAmount, Limit: { } limit } =>
            $"That amount can't be used: it must be more than zero and at most {limit}. Please try another amount.",
        { Reason: RejectionReason.InvalidAmount } =>
            "That amount can't be used: it must be more than zero. Please try another amount.",
        { Reason: RejectionReason.CurrencyNotSupported, Currencies: { } currencies } =>
            $"We don't handle that currency. Please use {List(currencies)}.",
        { Reason: RejectionReason.CurrencyNotSupported } =>
            "We don't handle that currency. Send HELP to see the currencies you can use.",
        { Reason: RejectionReason.CurrencyMismatch } =>
            "That amount is not in the currency of the original payment. Please use the payment's currency.",
        { Reason: RejectionReason.WrongAccountKind } =>
            "This kind of account can't take part in this operation, so no money has moved. "
            + "Please check who the money is for.",
        { Reason: RejectionReason.SameAccount } =>
            "You can't send money to yourself. Please choose another recipient.",
        { Reason: RejectionReason.UnknownAccount } =>
            "We can't find your account, so no money has moved. Please contact us if you think this is a mistake.",
        { Reason: RejectionReason.UnknownRecipient, Recipient: { } recipient } =>
            $"We can't find {recipient}, so nothing was sent. Please check the name or phone number and try again.",
        { Reason: RejectionReason.UnknownRecipient } =>
            "We can't find that recipient, so nothing was sent. Please check the name or phone number and try again.",
        { Reason: RejectionReason.IdConflict } =>
            "This request was already used for a different operation, so no money has moved. "
            + "Please send it again as a new request.",
        { Reason: RejectionReason.InsufficientFunds, Account.Kind: AccountKind.Merchant } =>
            "The merchant doesn't have enough money available for this refund right now. Please try again later.",
        { Reason: RejectionReason.InsufficientFunds, Available: { } available } =>
            $"You don't have enough money: you have {available} available. "
            + "Please send a smaller amount, or add money first.",
        { Reason: RejectionReason.InsufficientFunds } =>
            "You don't have enough money available. Please send a smaller amount, or add money first.",
        { Reason: RejectionReason.OverTransactionLimit, Limit: { } limit } =>
            $"The limit for one payment is {limit}. Please send a smaller amount.",
        { Reason: RejectionReason.OverTransactionLimit } =>
            "This is above the limit for one payment. Please send a smaller amount.",
        { Reason: RejectionReason.OverDailyCap, Limit: { } limit, Used: { } used } =>
            $"You may spend at most {limit} per day; you have already spent {used} today. "
            + "Please send a smaller amount, or wait until tomorrow.",
        { Reason: RejectionReason.OverDailyCap, Limit: { } limit } =>
            $"You may spend at most {limit} per day. Please send a smaller amount, or wait until tomorrow.",
        { Reason: RejectionReason.OverDailyCap } =>
            "This is above your daily spending limit. Please send a smaller amount, or wait until tomorrow.",
        { Reason: RejectionReason.OverMonthlyCap, Limit: { } limit, Used: { } used } =>
            $"You may spend at most {limit} per month; you have already spent {used} this month. "
            + "Please send a smaller amount, or wait until next month.",
        { Reason: RejectionReason.OverMonthlyCap, Limit: { } limit } =>
            $"You may spend at most {limit} per month. Please send a smaller amount, or wait until next month.",
        { Reason: RejectionReason.OverMonthlyCap } =>
            "This is above your monthly spending limit. Please send a smaller amount, or wait until next month.",
        { Reason: RejectionReason.OverUnverifiedSpending } => UnverifiedSpending(f),
        { Reason: RejectionReason.RecipientOverBalanceLimit, Limit: { } limit } =>
            $"The recipient can't receive that much until their identity is verified: "
            + $"an unverified account may hold at most {limit}. Please send a smaller amount.",
        { Reason: RejectionReason.RecipientOverBalanceLimit } =>
            "The recipient can't receive that much until their identity is verified. Please send a smaller amount.",
        { Reason: RejectionReason.PendingNotFound } =>
            "We can't find this transfer waiting to be claimed. Please check the link or code you received.",
        { Reason: RejectionReason.PendingAlreadyClaimed } =>
            "This money has already been claimed, so there is nothing left to claim or take back.",
        { Reason: RejectionReason.PendingAlreadyReturned } =>
            "This money has already gone back to the sender, so it can no longer be claimed.",
        { Reason: RejectionReason.PendingNotForClaimant } =>
            "This transfer is meant for someone else, so you can't claim it. "
            + "Please check the link or code you received.",
        { Reason: RejectionReason.PendingExpired, Date: { } date } =>
            $"The time to claim this money ended on {Date(date)}, so it goes back to the sender. "
            + "Please ask them to send it again.",
        { Reason: RejectionReason.PendingExpired } =>
            "The time to claim this money is over, so it goes back to the sender. Please ask them to send it again.",
        { Reason: RejectionReason.PendingNotDue, Date: { } date } =>
            $"The recipient can claim this money until {Date(date)}. You can take it back after that date.",
        { Reason: RejectionReason.PendingNotDue } =>
            "The recipient can still claim this money. You can take it back once the time to claim it is over.",
        { Reason: RejectionReason.HoldNotFound } =>
            "We can't find this payment authorisation. Please check its reference.",
        { Reason: RejectionReason.HoldAlreadyCaptured } =>
            "This authorisation has already been charged, so it can't be charged again.",
        { Reason: RejectionReason.HoldAlreadyVoided } =>
            "This authorisation was cancelled, so it can no longer be charged. Please ask for a new payment.",
        { Reason: RejectionReason.CaptureExceedsHold, Limit: { } limit } =>
            $"You can charge at most {limit}, the amount that was authorised. Please charge a smaller amount.",
        { Reason: RejectionReason.CaptureExceedsHold } =>
            "You can't charge more than the amount that was authorised. Please charge a smaller amount.",
        { Reason: RejectionReason.PaymentNotFound } =>
            "We can't find this payment. Please check its reference.",
        { Reason: RejectionReason.RefundExceedsPayment, LimitIsZero: true } =>
            "This payment has already been fully refunded.",
        { Reason: RejectionReason.RefundExceedsPayment, Limit: { } limit } =>
            $"At most {limit} of this payment can still be refunded. Please refund a smaller amount.",
        { Reason: RejectionReason.RefundExceedsPayment } =>
            "This is more than what is left of the payment to refund. Please refund a smaller amount.",
        { Reason: RejectionReason.UnknownShortCode } =>
            "This short code isn't valid: our short codes have 5 digits. Please check it and try again.",
        { Reason: RejectionReason.OverCarrierPurchaseLimit, Limit: { } limit } =>
            $"This purchase can cost at most {limit} on your phone bill. "
            + "Please choose a cheaper one, or pay another way.",
        { Reason: RejectionReason.OverCarrierPurchaseLimit } =>
            "This purchase costs too much to go on your phone bill. Please choose a cheaper one, or pay another way.",
        { Reason: RejectionReason.OverCarrierMonthlyCap, Limit: { } limit, Used: { } used } =>
            $"You can pay at most {limit} a month on your phone bill; you have already paid {used} this month. "
            + "Please pay another way, or wait until next month.",
        { Reason: RejectionReason.OverCarrierMonthlyCap, Limit: { } limit } =>
            $"You can pay at most {limit} a month on your phone bill. "
            + "Please pay another way, or wait until next month.",
        { Reason: RejectionReason.OverCarrierMonthlyCap } =>
            "This is above your monthly limit for your phone bill. Please pay another way, or wait until next month.",
        { Reason: RejectionReason.CarrierDonationsBlocked } =>
            "You have blocked donations on your phone bill. Please give another way, or unblock them first.",
        { Reason: RejectionReason.InvalidPhoneNumber } =>
            "This phone number isn't valid. Write it with + and the country code, like +33 6 12 34 56 78.",
        { Reason: RejectionReason.InvalidClaimKey } =>
            "This claim code isn't valid. Please check the link or code you received.",
        { Reason: RejectionReason.UnknownOperator } =>
            "We can't charge your phone bill because we don't recognise your mobile operator. Please pay another way.",
        _ => "We couldn't do this, and no money has moved. Please try again, or send HELP.",
    };

    private static string UnverifiedSpending(RejectionMessages.Facts f)
    {
        var verified = f.Tier == IdentityTier.Verified;
        var who = verified ? "Verified accounts" : "Unverified accounts";
        var limit = f.Limit is { } l
            ? $"{who} may spend at most {l} in 30 days"
            : $"{who} have a limit on spending in 30 days";
        var used = f.Used is { } u ? $"; you have spent {u}." : ".";
        var next = verified
            ? " Please send a smaller amount, or wait a few days."
            : " Ask us to verify your identity to raise this limit.";
        return limit + used + next;
    }

    /// <summary>"EUR", "EUR or USD", "EUR, GBP or USD".</summary>
    private static string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];

    /// <summary>"24 November 2026".</summary>
    private static string Date(DateTime date) =>
        FormattableString.Invariant($"{date.Day} {Months[date.Month - 1]} {date.Year}");
}
