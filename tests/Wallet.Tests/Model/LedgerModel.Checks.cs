namespace Conversational.Wallet.Tests.Model;

internal sealed partial class LedgerModel
{
    /// <summary>The checks that need no state, in the order the stores document; such refusals are not recorded.</summary>
    private static Rejection? Malformed(Movement movement) => movement switch
    {
        Transfer t => BadAmount(t.Amount) ?? NotAPerson(t.From) ?? SystemAccount(t.To)
            ?? (t.From == t.To ? new Rejection(RejectionReason.SameAccount) : null),
        Funding f => BadAmount(f.Amount) ?? SystemAccount(f.To),
        PendingSend p => BadAmount(p.Amount) ?? NotAPerson(p.From) ?? BadClaimKey(p.ClaimKey),
        PendingClaim c => NotAPerson(c.Claimant) ?? BadClaimKey(c.ClaimKey),
        HoldAuthorize h => BadAmount(h.Amount) ?? NotAPerson(h.Payer)
            ?? (h.Merchant.Kind == AccountKind.Merchant ? null : new Rejection(RejectionReason.WrongAccountKind) { Account = h.Merchant }),
        HoldCapture { Amount: { } part } => BadAmount(part),
        Refund r => BadAmount(r.Amount),
        CarrierCharge c => BadCarrierCharge(c),
        _ => null,
    };

    private static Rejection? BadAmount(Money amount) =>
        amount.Currency != Currency.Eur ? new Rejection(RejectionReason.CurrencyNotSupported) { Currencies = ["EUR"] }
        : amount.Minor is <= 0 or > LargestAmount ? new Rejection(RejectionReason.InvalidAmount) { Limit = Euros(LargestAmount) }
        : null;

    private static Rejection? NotAPerson(AccountId id) =>
        id.Kind == AccountKind.Person ? null : new Rejection(RejectionReason.WrongAccountKind) { Account = id };

    private static Rejection? SystemAccount(AccountId id) =>
        id.Kind == AccountKind.System ? new Rejection(RejectionReason.WrongAccountKind) { Account = id } : null;

    private static Rejection? BadClaimKey(string key) =>
        key.Length is >= 1 and <= 100 && !key.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '|')
            ? null
            : new Rejection(RejectionReason.InvalidClaimKey);

    private static Rejection? BadCarrierCharge(CarrierCharge c)
    {
        if (c.Price.Currency != Currency.Eur)
        {
            return new Rejection(RejectionReason.CurrencyNotSupported) { Currencies = ["EUR"] };
        }
        if (c.Price.Minor <= 0)
        {
            return new Rejection(RejectionReason.InvalidAmount) { Limit = Euros(CarrierPurchaseMax) };
        }
        if (!IsPhoneNumber(c.PhoneNumber))
        {
            return new Rejection(RejectionReason.InvalidPhoneNumber);
        }
        if (c.ShortCode.Length != 5 || !c.ShortCode.All(char.IsAsciiDigit) || !Tiers.TryGetValue(c.ShortCode[0], out var tier))
        {
            return new Rejection(RejectionReason.UnknownShortCode);
        }
        if (c.Price.Minor > Math.Min(tier, CarrierPurchaseMax))
        {
            return new Rejection(RejectionReason.OverCarrierPurchaseLimit) { Limit = Euros(Math.Min(tier, CarrierPurchaseMax)) };
        }
        return NotAPerson(c.Payer)
            ?? (c.To.Kind is AccountKind.Merchant or AccountKind.Charity ? null : new Rejection(RejectionReason.WrongAccountKind) { Account = c.To })
            ?? (c.Operator.Length is >= 1 and <= 100 && !c.Operator.Any(ch => char.IsWhiteSpace(ch) || char.IsControl(ch) || ch is '|' or '{' or '}')
                ? null
                : new Rejection(RejectionReason.UnknownOperator));
    }

    /// <summary>E.164: '+', then 8 to 15 digits, the first not 0.</summary>
    private static bool IsPhoneNumber(string phone) =>
        phone.Length is >= 9 and <= 16 && phone[0] == '+' && phone[1] != '0' && phone[1..].All(char.IsAsciiDigit);
}
