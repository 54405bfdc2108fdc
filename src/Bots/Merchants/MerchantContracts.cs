namespace Conversational.Bots.Merchants;

// The merchant API's bodies. Names are camelCase; enum values too ("relayPoint", "readyForPickup"). Amounts are
// integer minor units with their ISO 4217 code, as in the operator API: {"minor":1200,"currency":"EUR"} is 12.00 EUR.

/// <summary><c>{"minor":1200,"currency":"EUR"}</c>: an amount in integer minor units (cents) of an ISO 4217 currency.</summary>
public sealed record MoneyBody(long Minor, string? Currency);

/// <summary><c>{"id":"gare","mode":"relayPoint","name":"Tabac de la Gare","address":"1 place de la Gare, Lyon","postcode":"69007"}</c></summary>
public sealed record PickupPointBody(string? Id, string? Mode, string? Name, string? Address, string? Postcode);

/// <summary>
/// <c>PUT /storefront</c>: the whole storefront (a missing field takes its default: no short code, no pickup points, no
/// counter, 0 points, Europe/Paris). The API key is not part of it.
/// </summary>
public sealed record StorefrontRequest(
    string? ShortCode,
    IReadOnlyList<PickupPointBody>? PickupPoints,
    string? CollectAddress,
    int? PointsPerEuro,
    int? ReferralRewardPoints,
    string? TimeZone);

/// <summary>A storefront as the API shows it: everything but the hash of the API key.</summary>
public sealed record StorefrontView(
    string Merchant,
    string? ShortCode,
    IReadOnlyList<PickupPointBody> PickupPoints,
    string? CollectAddress,
    int PointsPerEuro,
    int ReferralRewardPoints,
    string TimeZone);

/// <summary>
/// <c>PUT /products/{sku}</c>: <c>{"names":{"en":"Blue mug","fr":"Mug bleu"},"price":{"minor":1200,"currency":"EUR"},
/// "kind":"physical","stock":25,"keywords":["MUG"],"deliveryModes":["home","relayPoint"]}</c>; a digital product has
/// no delivery modes and a <c>digitalContent</c> (the link or code the buyer receives).
/// </summary>
public sealed record ProductRequest(
    IReadOnlyDictionary<string, string?>? Names,
    MoneyBody? Price,
    string? Kind,
    int? Stock,
    IReadOnlyList<string?>? Keywords,
    IReadOnlyList<string?>? DeliveryModes,
    string? DigitalContent);

public sealed record ProductView(
    string Sku,
    IReadOnlyDictionary<string, string> Names,
    MoneyBody Price,
    string Kind,
    int? Stock,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> DeliveryModes,
    string? DigitalContent);

public sealed record ProductList(IReadOnlyList<ProductView> Products);

/// <summary><c>PUT /faq/{language}/{id}</c>: <c>{"questions":["When are you open?"],"answer":"Every day, 9 to 18."}</c></summary>
public sealed record FaqRequest(IReadOnlyList<string?>? Questions, string? Answer);

public sealed record FaqView(string Id, string Language, IReadOnlyList<string> Questions, string Answer);

public sealed record FaqList(IReadOnlyList<FaqView> Entries);

/// <summary><c>POST /orders/{number}/status</c>: <c>{"status":"accepted","note":"Ships tomorrow"}</c></summary>
public sealed record StatusRequest(string? Status, string? Note);

public sealed record DeliveryView(string Mode, string Address, string? PickupPointId);

public sealed record OrderEventView(string Status, DateTimeOffset At, string? Note);

/// <summary>An order as the merchant sees it; <c>buyer</c> is the buyer's account id.</summary>
public sealed record OrderView(
    string Number,
    string Status,
    string Buyer,
    string Language,
    string Sku,
    string ProductName,
    int Quantity,
    MoneyBody UnitPrice,
    MoneyBody Total,
    DeliveryView? Delivery,
    string Payment,
    bool Captured,
    DateTimeOffset PlacedAt,
    IReadOnlyList<OrderEventView> Events,
    string? DigitalContent);

public sealed record OrderList(IReadOnlyList<OrderView> Orders);

/// <summary><c>POST /cases/{id}/replies</c>: <c>{"advisor":"Marie","text":"It ships tomorrow."}</c></summary>
public sealed record CaseReplyRequest(string? Advisor, string? Text);

public sealed record CaseMessageView(bool FromAdvisor, string? Advisor, string Text, DateTimeOffset At);

/// <summary>A case: <c>account</c> is the person's account id, <c>person</c> the name they go by.</summary>
public sealed record CaseView(
    string Id,
    string Kind,
    string Account,
    string Person,
    string Language,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<CaseMessageView> Messages);

public sealed record CaseList(IReadOnlyList<CaseView> Cases);

/// <summary>A case after a reply or its closing, and whether the person's message was queued (not when they said STOP).</summary>
public sealed record CaseUpdateView(CaseView Case, bool Delivered);

/// <summary>A freshly issued merchant API key: shown once, only its hash is kept.</summary>
public sealed record MerchantKeyView(string Merchant, string ApiKey);
