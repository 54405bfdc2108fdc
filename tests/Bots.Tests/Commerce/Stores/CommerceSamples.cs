using Conversational.Bots.Commerce.Advisors;
using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Faq;
using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Commerce.Stores;
using Conversational.Bots.Conversations;
using Conversational.Wallet;

namespace Conversational.Bots.Tests.Commerce.Stores;

/// <summary>Products, storefronts, orders and cases for the store contracts, and how to compare them (records holding
/// lists compare by reference, so they are compared by their stored JSON).</summary>
internal static class CommerceSamples
{
    public static readonly AccountId Alice = AccountId.Person("alice");
    public static readonly AccountId Bob = AccountId.Person("bob");
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(1));

    public static Storefront Storefront(string merchant, string? shortCode = null) => new(
        merchant, shortCode, [new PickupPoint("r1", DeliveryMode.RelayPoint, "Tabac de la Gare", "1 rue de la Gare, Lyon", "69002")],
        "12 rue du Port, Lyon", 2, 50, null);

    public static Product Product(string merchant, string sku, int? stock = 10, params string[] keywords) => new(
        merchant, sku, new Dictionary<string, string> { ["en"] = "Game " + sku, ["fr"] = "Jeu " + sku },
        new Money(1250, Currency.Eur), ProductKind.Physical, stock, keywords, [DeliveryMode.Home, DeliveryMode.RelayPoint], null);

    public static FaqEntry Faq(string language, string id) => new(id, language, ["When are you open?", "hours"], "9 to 5 (" + id + ")");

    public static Order Order(string number, AccountId buyer, string merchant = "shop", DateTimeOffset? placedAt = null) => new(
        number, merchant, buyer, new ChannelIdentity("sms", "+33612345678"), "fr", "GAME42", "Jeu 42", 2,
        new Money(1250, Currency.Eur), new Money(2500, Currency.Eur), new Delivery(DeliveryMode.Home, "3 rue Neuve, Lyon"),
        PaymentMethod.Wallet, new TransferId("order:" + number + ":hold"), false, OrderStatus.Placed,
        [new OrderEvent(OrderStatus.Placed, placedAt ?? Monday)], null);

    /// <summary>The order moved to <paramref name="status"/>, with its event.</summary>
    public static Order Moved(Order order, OrderStatus status, bool captured) => order with
    {
        Status = status,
        Captured = captured,
        Events = [.. order.Events, new OrderEvent(status, order.PlacedAt.AddHours(1), "by the shop")],
    };

    public static AdvisorCase Case(string id, AccountId person, string merchant = "shop", DateTimeOffset? openedAt = null) => new(
        id, merchant, person, new ChannelIdentity("telegram", "42"), "en", AdvisorCaseKind.Question,
        [new AdvisorMessage(false, "Where is my parcel?", openedAt ?? Monday)], openedAt ?? Monday, null);

    public static void Same(Product expected, Product? actual) =>
        Assert.Equal(CommerceJson.Write(expected), actual is null ? null : CommerceJson.Write(actual));

    public static void Same(Storefront expected, Storefront? actual) =>
        Assert.Equal(CommerceJson.Write(expected), actual is null ? null : CommerceJson.Write(actual));

    public static void Same(Order expected, Order? actual) =>
        Assert.Equal(CommerceJson.Write(expected), actual is null ? null : CommerceJson.Write(actual));

    public static void Same(AdvisorCase expected, AdvisorCase? actual) =>
        Assert.Equal(CommerceJson.Write(expected), actual is null ? null : CommerceJson.Write(actual));
}
