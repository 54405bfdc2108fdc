using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Commerce.Stores;
using Conversational.Wallet;
using static Conversational.Bots.Tests.Commerce.Stores.CommerceSamples;

namespace Conversational.Bots.Tests.Commerce.Stores;

/// <summary>How commerce records are written in the stores: exactly read back, readable, without computed properties.</summary>
public sealed class CommerceJsonTests
{
    [Fact]
    public void An_order_round_trips_with_its_money_ids_and_events()
    {
        var tunis = Order("DS-4F7K2Q", Alice) with { UnitPrice = new Money(long.MaxValue / 2, Currency.Of("TND")) };
        var order = Moved(tunis, OrderStatus.Accepted, true);

        var json = CommerceJson.Write(order);
        var read = CommerceJson.ReadOrder(json);

        Assert.Equal(json, CommerceJson.Write(read));
        Assert.Equal(order.UnitPrice, read.UnitPrice);
        Assert.Equal(3, read.UnitPrice.Currency.Exponent);
        Assert.Equal(Alice, read.Buyer);
        Assert.Equal(AccountKind.Person, read.Buyer.Kind);
        Assert.Equal(order.PaymentId, read.PaymentId);
        Assert.Equal(order.Channel, read.Channel);
        Assert.Equal(order.Delivery, read.Delivery);
        Assert.Equal(order.Events, read.Events);
        Assert.Equal(order.PlacedAt.Offset, read.PlacedAt.Offset);
    }

    [Fact]
    public void An_order_is_written_with_names_and_texts_and_without_nulls_or_computed_properties()
    {
        var json = CommerceJson.Write(Order("DS-4F7K2Q", Alice));

        Assert.Contains("\"Buyer\":\"person:alice\"", json, StringComparison.Ordinal);
        Assert.Contains("\"PaymentId\":\"order:DS-4F7K2Q:hold\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Total\":{\"Minor\":2500,\"Currency\":\"EUR\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"Status\":\"Placed\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Mode\":\"Home\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Channel\":{\"Channel\":\"sms\",\"SenderId\":\"\\u002B33612345678\"}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("PlacedAt", json, StringComparison.Ordinal);
        Assert.DoesNotContain("CaptureId", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Key", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_product_a_storefront_a_case_and_a_faq_entry_round_trip()
    {
        var product = Product("shop", "G42", 7, "GAME42");
        var storefront = Storefront("shop", "38123") with { ApiKeyHash = "ab12", TimeZone = "Africa/Tunis" };
        var advisorCase = Case("case-1", Alice) with { ClosedAt = Monday.AddHours(2) };
        var faq = Faq("ar", "hours");

        var readProduct = CommerceJson.ReadProduct(CommerceJson.Write(product));
        var readStorefront = CommerceJson.ReadStorefront(CommerceJson.Write(storefront));
        var readCase = CommerceJson.ReadCase(CommerceJson.Write(advisorCase));
        var readFaq = CommerceJson.ReadFaq(CommerceJson.Write(faq));

        Assert.Equal(product.Names, readProduct.Names);
        Assert.Equal(product.Price, readProduct.Price);
        Assert.Equal(product.DeliveryModes, readProduct.DeliveryModes);
        Assert.Equal(product.Keywords, readProduct.Keywords);
        Assert.Equal(7, readProduct.Stock);
        Assert.Equal(storefront.PickupPoints, readStorefront.PickupPoints);
        Assert.Equal(storefront with { PickupPoints = readStorefront.PickupPoints }, readStorefront);
        Assert.Equal(advisorCase.Messages, readCase.Messages);
        Assert.Equal(advisorCase with { Messages = readCase.Messages }, readCase);
        Assert.Equal(faq.Questions, readFaq.Questions);
        Assert.Equal(faq with { Questions = readFaq.Questions }, readFaq);
        Assert.DoesNotContain("IsDigital", CommerceJson.Write(product), StringComparison.Ordinal);
        Assert.DoesNotContain("IsOpen", CommerceJson.Write(advisorCase), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Buyer\":\"person:alice\"", "\"Buyer\":\"alice\"")]
    [InlineData("\"Currency\":\"EUR\"", "\"Currency\":\"XXY\"")]
    public void An_invalid_id_or_currency_is_refused_on_reading(string valid, string invalid)
    {
        var json = CommerceJson.Write(Order("DS-4F7K2Q", Alice)).Replace(valid, invalid, StringComparison.Ordinal);

        Assert.Throws<System.Text.Json.JsonException>(() => CommerceJson.ReadOrder(json));
    }
}
