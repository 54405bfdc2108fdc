using Conversational.Bots.Tests.Conversations;
using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Commerce;

/// <summary>Purchases in Arabic, word for word, against the in-memory stores and a real Redis.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class ArabicPurchaseTranscriptTests(RedisStoreFixture redis)
{
    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Arabic_1(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: شراء كوب
            bot: ?
            alice: ٢
            bot: ?
            alice: إلى المنزل
            bot: ?
            alice: 12 rue de la Paix, 75002 Paris
            bot: ?
            alice: [دفع]
            bot: ?
            = alice 100.00 demoshop 0.00
            shop demoshop: accepted
            alice gets: ?
            = alice 76.00 demoshop 23.76
            shop demoshop: shipped
            alice gets: ?
            alice: اشتر كوب
            bot: ?
            alice: ١
            bot: ?
            alice: ١
            bot: ?
            alice: نعم
            bot: ?
            alice: تتبع
            bot: ?
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Arabic_2(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: شراء قميص
            bot: ?
            alice: ١
            bot: ?
            alice: نقطة استلام
            bot: ?
            bot: ?
            alice: [نقطة استلام]
            bot: ?
            alice: ٧٥٠١
            bot: ?
            bot: ?
            alice: ١٣٠٠١
            bot: ?
            bot: ?
            alice: ٧٥٠١١
            bot: ?
            alice: رجوع
            bot: ?
            alice: ٧٥٠٠٢
            bot: ?
            alice: ١
            bot: ?
            alice: [تغيير الكمية]
            bot: ?
            alice: ٢٥
            bot: ?
            bot: ?
            alice: ٢
            bot: ?
            alice: [تغيير طريقة الاستلام]
            bot: ?
            alice: من المتجر
            bot: ?
            alice: رصيد
            bot: ?
            bot: ?
            alice: ماذا؟
            bot: ?
            bot: ?
            alice: مساعدة
            bot: ?
            bot: ?
            alice: إلغاء
            bot: ?
            = alice 100.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Arabic_3(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            bob: اشتر ٣ قميص
            bot: ?
            bob: خزانة
            bot: ?
            bob: ٧٥٠١١
            bot: ?
            bob: ١
            bot: ?
            alice: شراء ٢ قميص
            bot: ?
            alice: [الاستلام من المتجر]
            bot: ?
            alice: نعم
            bot: ?
            bob: [دفع]
            bot: ?
            bot: ?
            bob: ١
            bot: ?
            bob: [دفع]
            bot: ?
            shop demoshop: accepted
            bob gets: ?
            = bob 81.00 alice 100.00
            karim: شراء قميص
            bot: ?
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Arabic_4(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: شراء كوب
            bot: ?
            wait 20m
            timers
            alice gets nothing
            wait 15m
            timers
            alice gets: ?
            wait 2h
            timers
            alice gets nothing
            alice: متابعة
            bot: ?
            bot: ?
            alice: ١
            bot: ?
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Arabic_5(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            +33698765432@81234: مرحبا
            bot: ?
            +33698765432@81234: GAME42
            bot: ?
            +33698765432: تتبع
            bot: ?
            +33611111111@81234: شراء GAME42
            bot: ?
            alice: مرحبا
            bot: ?
            alice: GAME42
            bot: ?
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Arabic_6(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: كم تكلفة الشحن؟
            bot: ?
            alice: اشتر ٢ كوب
            bot: ?
            alice: كم تستغرق مدة التوصيل؟
            bot: ?
            bot: ?
            alice: البيت
            bot: ?
            alice: [إلغاء]
            bot: ?
            = alice 100.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Arabic_probe(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: شراء ٢ كوب
            bot: ?
            alice: المنزل
            bot: ?
            alice: 12 rue de la Paix, 75002 Paris
            bot: ?
            alice: ارجع
            bot: ?
            alice: 8 avenue Foch, 69006 Lyon
            bot: ?
            alice: نعم
            bot: ?
            alice: اشتر كوب
            bot: ?
            alice: ١
            bot: ?
            alice: [المنزل]
            bot: ?
            alice: ٢
            bot: ?
            bob: شراء كوب
            bot: ?
            wait 1d
            bob: مرحبا
            bot: ?
            bob: شراء جيم٤٢
            bot: ?
            """);
}
