using Conversational.Wallet.Tests.Support;
using static Conversational.Wallet.Tests.Support.TestMoney;

namespace Conversational.Wallet.Tests.Unit;

public sealed class MovementValidatorTests
{
    private static readonly AccountId Alice = AccountId.Person("alice");
    private static readonly AccountId Bob = AccountId.Person("bob");
    private static readonly AccountId Restos = AccountId.Charity("restos");
    private static readonly AccountId Shop = AccountId.Merchant("shop");
    private static readonly Money Largest = new(LedgerArithmetic.MaxAmountMinor, Currency.Eur);

    private static readonly Rejection TooSmallOrLarge = new(RejectionReason.InvalidAmount) { Limit = Largest };
    private static readonly Rejection EurosOnly = new(RejectionReason.CurrencyNotSupported) { Currencies = ["EUR"] };

    private static Rejection? Validate(Movement movement) => MovementValidator.Validate(movement, WalletPolicy.Default);

    private static Rejection WrongKind(AccountId account) => new(RejectionReason.WrongAccountKind) { Account = account };

    public static TheoryData<string, Movement> Valid => new()
    {
        { "a transfer to a person", new Transfer("t", Alice, Bob, Eur("0.01")) },
        { "a donation", new Transfer("t", Alice, Restos, Eur("500.00")) },
        { "a payment of the largest amount (limits are the store's)", new Transfer("t", Alice, Shop, Largest) },
        { "a transfer to an unknown person (the store's to know)", new Transfer("t", Alice, AccountId.Person("ghost"), Eur("1.00")) },
        { "funding a merchant", new Funding("t", Shop, Eur("1.00")) },
        { "a pending send to a phone", new PendingSend("t", Alice, "+33612345678", Eur("1.00")) },
        { "a pending send to a handle", new PendingSend("t", Alice, "@lea", Eur("1.00")) },
        { "a claim", new PendingClaim("t", "p", Bob, "@lea") },
        { "a return", new PendingReturn("t", "p") },
        { "a hold", new HoldAuthorize("t", Alice, Shop, Eur("1.00")) },
        { "a full capture", new HoldCapture("t", "h") },
        { "a partial capture", new HoldCapture("t", "h", Eur("1.00")) },
        { "a void", new HoldVoid("t", "h") },
        { "a refund", new Refund("t", "p", Eur("1.00")) },
        { "an SMS+ purchase at the tier price", new CarrierCharge("t", Alice, "+33612345678", "orange", "81234", Shop, Eur("4.50")) },
        { "an SMS+ donation below the tier price", new CarrierCharge("t", Alice, "+33612345678", "sfr", "71234", Restos, Eur("1.00")) },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Well_formed_requests_pass(string what, Movement movement) => Assert.True(Validate(movement) is null, what);

    public static TheoryData<string, Movement, Rejection> Invalid => new()
    {
        { "nothing", new Transfer("t", Alice, Bob, Eur("0.00")), TooSmallOrLarge },
        { "a negative amount", new Funding("t", Bob, Eur("-1.00")), TooSmallOrLarge },
        { "above what the ledger holds", new Transfer("t", Alice, Bob, Largest + Cents(1)), TooSmallOrLarge },
        { "dollars", new Transfer("t", Alice, Bob, new Money(100, Usd)), EurosOnly },
        { "a charity paying", new Transfer("t", Restos, Bob, Eur("1.00")), WrongKind(Restos) },
        { "a merchant paying", new Transfer("t", Shop, Bob, Eur("1.00")), WrongKind(Shop) },
        { "a transfer to the fees", new Transfer("t", Alice, AccountId.Fees, Eur("1.00")), WrongKind(AccountId.Fees) },
        { "sending to oneself", new Transfer("t", Alice, Alice, Eur("1.00")), new Rejection(RejectionReason.SameAccount) },
        { "funding a system account", new Funding("t", AccountId.Funding, Eur("1.00")), WrongKind(AccountId.Funding) },
        { "a pending send from a charity", new PendingSend("t", Restos, "@lea", Eur("1.00")), WrongKind(Restos) },
        { "an empty claim key", new PendingSend("t", Alice, "", Eur("1.00")), new Rejection(RejectionReason.InvalidClaimKey) },
        { "a claim key with a space", new PendingSend("t", Alice, "lea b", Eur("1.00")), new Rejection(RejectionReason.InvalidClaimKey) },
        { "a claim key with a bar", new PendingClaim("t", "p", Bob, "a|b"), new Rejection(RejectionReason.InvalidClaimKey) },
        { "a claim key too long", new PendingClaim("t", "p", Bob, new string('k', 101)), new Rejection(RejectionReason.InvalidClaimKey) },
        { "a merchant claiming", new PendingClaim("t", "p", Shop, "@lea"), WrongKind(Shop) },
        { "a hold for a charity", new HoldAuthorize("t", Alice, Restos, Eur("1.00")), WrongKind(Restos) },
        { "a hold paid by a merchant", new HoldAuthorize("t", Shop, Shop, Eur("1.00")), WrongKind(Shop) },
        { "capturing nothing", new HoldCapture("t", "h", Eur("0.00")), TooSmallOrLarge },
        { "refunding nothing", new Refund("t", "p", Eur("0.00")), TooSmallOrLarge },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Malformed_requests_are_refused_with_the_numbers_to_explain_why(string what, Movement movement, Rejection expected) =>
        Assert.True(expected.Equals(Validate(movement)), $"{what}: expected {expected}, got {Validate(movement)}");

    public static TheoryData<string, CarrierCharge, Rejection> InvalidCarrierCharges => new()
    {
        { "dollars", Sms(price: new Money(100, Usd)), EurosOnly },
        { "nothing", Sms(price: Eur("0.00")), new Rejection(RejectionReason.InvalidAmount) { Limit = Eur("4.50") } },
        { "a national number", Sms(phone: "0612345678"), new Rejection(RejectionReason.InvalidPhoneNumber) },
        { "a four-digit short code", Sms(shortCode: "8123"), new Rejection(RejectionReason.UnknownShortCode) },
        { "a short code of no tier", Sms(shortCode: "91234"), new Rejection(RejectionReason.UnknownShortCode) },
        {
            "above the tier", Sms(shortCode: "41234", price: Eur("0.21")),
            new Rejection(RejectionReason.OverCarrierPurchaseLimit) { Limit = Eur("0.20") }
        },
        { "above 4.50", Sms(price: Eur("4.51")), new Rejection(RejectionReason.OverCarrierPurchaseLimit) { Limit = Eur("4.50") } },
        { "billed to a merchant", Sms(payer: Shop), WrongKind(Shop) },
        { "paid to a person", Sms(to: Bob), WrongKind(Bob) },
        { "an operator with a space", Sms(carrier: "big telco"), new Rejection(RejectionReason.UnknownOperator) },
        { "an empty operator", Sms(carrier: ""), new Rejection(RejectionReason.UnknownOperator) },
    };

    [Theory]
    [MemberData(nameof(InvalidCarrierCharges))]
    public void Malformed_carrier_charges_are_refused_in_the_documented_order(string what, CarrierCharge charge, Rejection expected) =>
        Assert.True(expected.Equals(Validate(charge)), $"{what}: expected {expected}, got {Validate(charge)}");

    [Fact]
    public void A_carrier_charge_above_a_tier_raised_past_the_per_purchase_limit_is_held_to_that_limit()
    {
        var policy = Policies.With(o => o.CarrierBilling.Tiers["9"] = "4.50");

        Assert.Null(MovementValidator.Validate(Sms(shortCode: "91234"), policy));
        var above = MovementValidator.Validate(Sms(shortCode: "91234", price: Eur("4.51")), policy);
        Assert.Equal(new Rejection(RejectionReason.OverCarrierPurchaseLimit) { Limit = Eur("4.50") }, above);
    }

    [Theory]
    [InlineData("+33612345678", true)]
    [InlineData("+12345678", true)]
    [InlineData("+123456789012345", true)]
    [InlineData("+1234567", false)]
    [InlineData("+1234567890123456", false)]
    [InlineData("+0612345678", false)]
    [InlineData("0612345678", false)]
    [InlineData("+33 612345678", false)]
    [InlineData("+3361234567a", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Phone_numbers_are_e164(string? phone, bool valid) => Assert.Equal(valid, MovementValidator.IsE164(phone));

    [Fact]
    public void A_movement_and_a_policy_are_required()
    {
        Assert.Throws<ArgumentNullException>(() => MovementValidator.Validate(null!, WalletPolicy.Default));
        Assert.Throws<ArgumentNullException>(() => MovementValidator.Validate(new HoldVoid("t", "h"), null!));
    }

    [Fact]
    public void The_same_parameters_give_the_same_fingerprint_and_any_change_another()
    {
        var send = new Transfer("t", Alice, Bob, Eur("1.00"));

        Assert.Equal(send.Fingerprint, new Transfer("other-id", Alice, Bob, Eur("1.00")).Fingerprint);
        Assert.NotEqual(send.Fingerprint, (send with { Amount = Eur("1.01") }).Fingerprint);
        Assert.NotEqual(send.Fingerprint, (send with { To = Restos }).Fingerprint);
        Assert.NotEqual(new HoldCapture("c", "h").Fingerprint, new HoldCapture("c", "h", Eur("1.00")).Fingerprint);
        Assert.NotEqual(Sms().Fingerprint, Sms(carrier: "sfr").Fingerprint);
        Assert.Equal(MovementKind.Donation, (send with { To = Restos }).Kind);
        Assert.Equal(MovementKind.Payment, (send with { To = Shop }).Kind);
        Assert.Equal(MovementKind.CarrierDonation, Sms(to: Restos).Kind);
    }

    private static CarrierCharge Sms(
        AccountId? payer = null, string phone = "+33612345678", string carrier = "orange", string shortCode = "81234",
        AccountId? to = null, Money? price = null) =>
        new("sms", payer ?? Alice, phone, carrier, shortCode, to ?? Shop, price ?? Eur("4.50"));
}
