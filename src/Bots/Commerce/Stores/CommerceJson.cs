using System.Text.Json;
using System.Text.Json.Serialization;
using Conversational.Bots.Commerce.Advisors;
using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Faq;
using Conversational.Bots.Commerce.Orders;

namespace Conversational.Bots.Commerce.Stores;

/// <summary>
/// How the commerce records are written in the stores: enums by name, nulls left out, computed properties
/// (<see cref="Order.PlacedAt"/>, <see cref="AdvisorCase.IsOpen"/>...) not written, account and transfer ids and
/// currencies as their text ("person:alice", "EUR"), money as <c>{"Minor":1250,"Currency":"EUR"}</c>.
/// </summary>
[JsonSourceGenerationOptions(
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    IgnoreReadOnlyProperties = true,
    Converters = [typeof(AccountIdConverter), typeof(TransferIdConverter), typeof(CurrencyConverter)])]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(Storefront))]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(AdvisorCase))]
[JsonSerializable(typeof(AdvisorMessage))]
[JsonSerializable(typeof(FaqEntry))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class CommerceJson : JsonSerializerContext
{
    public static string Write(Product product) => JsonSerializer.Serialize(product, Default.Product);

    public static Product ReadProduct(string json) => JsonSerializer.Deserialize(json, Default.Product)!;

    public static string Write(Storefront storefront) => JsonSerializer.Serialize(storefront, Default.Storefront);

    public static Storefront ReadStorefront(string json) => JsonSerializer.Deserialize(json, Default.Storefront)!;

    public static string Write(Order order) => JsonSerializer.Serialize(order, Default.Order);

    public static Order ReadOrder(string json) => JsonSerializer.Deserialize(json, Default.Order)!;

    public static string Write(AdvisorCase advisorCase) => JsonSerializer.Serialize(advisorCase, Default.AdvisorCase);

    public static AdvisorCase ReadCase(string json) => JsonSerializer.Deserialize(json, Default.AdvisorCase)!;

    public static string Write(AdvisorMessage message) => JsonSerializer.Serialize(message, Default.AdvisorMessage);

    public static AdvisorMessage ReadMessage(string json) => JsonSerializer.Deserialize(json, Default.AdvisorMessage)!;

    public static string Write(FaqEntry entry) => JsonSerializer.Serialize(entry, Default.FaqEntry);

    public static FaqEntry ReadFaq(string json) => JsonSerializer.Deserialize(json, Default.FaqEntry)!;

    /// <summary>A list of strings (a product's indexed keywords) as a JSON array.</summary>
    public static string Write(IReadOnlyList<string> strings) => JsonSerializer.Serialize(strings, Default.IReadOnlyListString);

    /// <summary>An account id as its text, "person:alice".</summary>
    internal sealed class AccountIdConverter : JsonConverter<Wallet.AccountId>
    {
        public override Wallet.AccountId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Wallet.AccountId.TryParse(reader.GetString()) ?? throw new JsonException("Not an account id.");

        public override void Write(Utf8JsonWriter writer, Wallet.AccountId value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }

    /// <summary>A transfer id as its text.</summary>
    internal sealed class TransferIdConverter : JsonConverter<Wallet.TransferId>
    {
        public override Wallet.TransferId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetString() is { } text && Wallet.TransferId.IsValid(text)
                ? new Wallet.TransferId(text)
                : throw new JsonException("Not a transfer id.");

        public override void Write(Utf8JsonWriter writer, Wallet.TransferId value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }

    /// <summary>A currency as its ISO 4217 code, "EUR".</summary>
    internal sealed class CurrencyConverter : JsonConverter<Wallet.Currency>
    {
        public override Wallet.Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Wallet.Currency.Find(reader.GetString()) ?? throw new JsonException("Not an ISO 4217 currency code.");

        public override void Write(Utf8JsonWriter writer, Wallet.Currency value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Code);
    }
}
