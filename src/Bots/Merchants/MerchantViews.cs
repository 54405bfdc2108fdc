using Conversational.Bots.Commerce.Advisors;
using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Faq;
using Conversational.Bots.Commerce.Orders;
using Conversational.Wallet;

namespace Conversational.Bots.Merchants;

/// <summary>How the merchant API shows the commerce model: enum values by their camelCase names, money as minor units.</summary>
internal static class MerchantViews
{
    public static MoneyBody Of(Money money) => new(money.Minor, money.Currency.Code);

    public static StorefrontView Of(Storefront s) => new(
        s.Merchant,
        s.ShortCode,
        [.. s.PickupPoints.Select(p => new PickupPointBody(p.Id, MerchantValidation.Name(p.Mode), p.Name, p.Address, p.Postcode))],
        s.CollectAddress,
        s.PointsPerEuro,
        s.ReferralRewardPoints,
        s.TimeZone);

    public static ProductView Of(Product p) => new(
        p.Sku,
        p.Names,
        Of(p.Price),
        MerchantValidation.Name(p.Kind),
        p.Stock,
        p.Keywords,
        [.. p.DeliveryModes.Select(MerchantValidation.Name)],
        p.DigitalContent);

    public static FaqView Of(FaqEntry f) => new(f.Id, f.Language, f.Questions, f.Answer);

    public static OrderView Of(Order o) => new(
        o.Number,
        MerchantValidation.Name(o.Status),
        o.Buyer.Value,
        o.Language,
        o.Sku,
        o.ProductName,
        o.Quantity,
        Of(o.UnitPrice),
        Of(o.Total),
        o.Delivery is { } d ? new DeliveryView(MerchantValidation.Name(d.Mode), d.Address, d.PickupPointId) : null,
        MerchantValidation.Name(o.Payment),
        o.Captured,
        o.PlacedAt,
        [.. o.Events.Select(e => new OrderEventView(MerchantValidation.Name(e.Status), e.At, e.Note))],
        o.DigitalContent);

    public static CaseView Of(AdvisorCase c, string person) => new(
        c.Id,
        MerchantValidation.Name(c.Kind),
        c.Person.Value,
        person,
        c.Language,
        c.OpenedAt,
        c.ClosedAt,
        [.. c.Messages.Select(m => new CaseMessageView(m.FromAdvisor, m.Advisor, m.Text, m.At))]);
}
