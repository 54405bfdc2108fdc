namespace Conversational.Wallet;

/// <summary>
/// The checks that need no stored state: amounts, currencies, account kinds, short codes. Both stores run them
/// first; a movement they refuse is not recorded under its id (it would be refused the same way again).
/// </summary>
public static class MovementValidator
{
    public static Rejection? Validate(Movement movement, WalletPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(movement);
        ArgumentNullException.ThrowIfNull(policy);
        return movement switch
        {
            Transfer t => Amount(t.Amount, policy)
                ?? PersonPays(t.From)
                ?? (t.To.Kind == AccountKind.System ? new Rejection(RejectionReason.WrongAccountKind) { Account = t.To } : null)
                ?? (t.From == t.To ? new Rejection(RejectionReason.SameAccount) : null),
            Funding f => Amount(f.Amount, policy)
                ?? (f.To.Kind == AccountKind.System ? new Rejection(RejectionReason.WrongAccountKind) { Account = f.To } : null),
            PendingSend p => Amount(p.Amount, policy) ?? PersonPays(p.From) ?? ClaimKey(p.ClaimKey),
            PendingClaim c => (c.Claimant.Kind != AccountKind.Person ? new Rejection(RejectionReason.WrongAccountKind) { Account = c.Claimant } : null)
                ?? ClaimKey(c.ClaimKey),
            PendingReturn => null,
            HoldAuthorize h => Amount(h.Amount, policy)
                ?? PersonPays(h.Payer)
                ?? (h.Merchant.Kind != AccountKind.Merchant ? new Rejection(RejectionReason.WrongAccountKind) { Account = h.Merchant } : null),
            HoldCapture c => c.Amount is { } amount ? Amount(amount, policy) : null,
            HoldVoid => null,
            Refund r => Amount(r.Amount, policy),
            CarrierCharge c => Carrier(c, policy),
            _ => throw new ArgumentException($"Unknown movement {movement.GetType().Name}.", nameof(movement)),
        };
    }

    /// <summary>Whether a phone number is written in E.164: '+', then 8 to 15 digits, the first not 0.</summary>
    public static bool IsE164(string? phone) =>
        phone is { Length: >= 9 and <= 16 } && phone[0] == '+' && phone[1] != '0' && !phone.AsSpan(1).ContainsAnyExceptInRange('0', '9');

    private static Rejection? Amount(Money amount, WalletPolicy policy)
    {
        if (policy.LimitsFor(amount.Currency) is null)
        {
            return new Rejection(RejectionReason.CurrencyNotSupported) { Currencies = policy.Currencies };
        }
        return amount.Minor is <= 0 or > LedgerArithmetic.MaxAmountMinor
            ? new Rejection(RejectionReason.InvalidAmount) { Limit = new Money(LedgerArithmetic.MaxAmountMinor, amount.Currency) }
            : null;
    }

    private static Rejection? PersonPays(AccountId payer) =>
        payer.Kind == AccountKind.Person ? null : new Rejection(RejectionReason.WrongAccountKind) { Account = payer };

    private static Rejection? ClaimKey(string? key) =>
        key is { Length: > 0 and <= AccountId.MaxNameLength } && key.All(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && c != '|')
            ? null
            : new Rejection(RejectionReason.InvalidClaimKey);

    private static Rejection? Carrier(CarrierCharge c, WalletPolicy policy)
    {
        var carrier = policy.Carrier;
        if (c.Price.Currency != carrier.Currency)
        {
            return new Rejection(RejectionReason.CurrencyNotSupported) { Currencies = [carrier.Currency.Code] };
        }
        if (c.Price.Minor <= 0)
        {
            return new Rejection(RejectionReason.InvalidAmount) { Limit = carrier.MaxPerPurchase };
        }
        if (!IsE164(c.PhoneNumber))
        {
            return new Rejection(RejectionReason.InvalidPhoneNumber);
        }
        if (carrier.TierPrice(c.ShortCode) is not { } tierPrice)
        {
            return new Rejection(RejectionReason.UnknownShortCode);
        }
        var limit = tierPrice.Minor < carrier.MaxPerPurchase.Minor ? tierPrice : carrier.MaxPerPurchase;
        if (c.Price.Minor > limit.Minor)
        {
            return new Rejection(RejectionReason.OverCarrierPurchaseLimit) { Limit = limit };
        }
        return PersonPays(c.Payer)
            ?? (c.To.Kind is AccountKind.Merchant or AccountKind.Charity ? null : new Rejection(RejectionReason.WrongAccountKind) { Account = c.To })
            ?? (AccountId.IsValidName(c.Operator) ? null : new Rejection(RejectionReason.UnknownOperator));
    }
}
