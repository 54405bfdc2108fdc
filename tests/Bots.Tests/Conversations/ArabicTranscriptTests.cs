using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Conversations;

/// <summary>Whole conversations in Arabic, word for word, against the in-memory stores and a real Redis.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class ArabicTranscriptTests(RedisStoreFixture redis)
{
    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_new_request_in_Arabic_says_it_replaces_the_one_waiting(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: تبرع ١٠ يورو @restosducoeur
            bot: هل تريد التبرع بمبلغ ١٠٫٠٠ € لصالح Restos du Cœur (@restosducoeur)؟ لا رسوم على التبرعات. [تأكيد|إلغاء]
            alice: أرسل ٥ يورو @bob
            bot: أُلغي طلبك السابق التبرع بمبلغ ١٠٫٠٠ € لصالح Restos du Cœur (@restosducoeur)، ولم يُرسَل شيء. إليك الطلب الجديد.
            bot: هل تريد إرسال ٥٫٠٠ € إلى Bob (@bob)؟ لا توجد رسوم. [تأكيد|إلغاء]
            = alice 100.00 bob 100.00 restosducoeur 0.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Sending_and_donating_in_Arabic_are_confirmed_and_answered_with_Arabic_digits(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: أرسل ٥ يورو @bob
            bot: هل تريد إرسال ٥٫٠٠ € إلى Bob (@bob)؟ لا توجد رسوم. [تأكيد|إلغاء]
            alice: نعم
            bot: تم: أرسلت ٥٫٠٠ € إلى Bob (@bob). رصيدك: ٩٥٫٠٠ €.
            alice: تبرع ١٠ يورو @restosducoeur
            bot: هل تريد التبرع بمبلغ ١٠٫٠٠ € لصالح Restos du Cœur (@restosducoeur)؟ لا رسوم على التبرعات. [تأكيد|إلغاء]
            alice: [تأكيد]
            bot: تم: تبرعت بمبلغ ١٠٫٠٠ € لصالح Restos du Cœur (@restosducoeur). شكرًا لك! رصيدك: ٨٥٫٠٠ €.
            alice: سجل
            bot: آخر ٣ عمليات: / ٢٤ نوفمبر · تبرع لصالح Restos du Cœur (@restosducoeur) · −١٠٫٠٠ € / ٢٤ نوفمبر · إلى Bob (@bob) · −٥٫٠٠ € / ٢٤ نوفمبر · شحن الرصيد · +١٠٠٫٠٠ €
            alice: مصاريف
            bot: أنفقت في نوفمبر ما مجموعه ١٥٫٠٠ €: منها ٥٫٠٠ € تحويلات، و١٠٫٠٠ € تبرعات، و٠٫٠٠ € مدفوعات للمتاجر.
            alice: رصيد
            bot: رصيدك: ٨٥٫٠٠ €.
            = alice 85.00 bob 105.00 restosducoeur 10.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Money_waiting_for_an_Arabic_speaker_is_offered_and_claimed(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: أرسل ٥ يورو @karim
            bot: لا يستخدم @karim هذه الخدمة بعد. هل تريد إرسال ٥٫٠٠ € إليه ليستلمه؟ أمامه ٧ أيام لاستلام المبلغ، وإلا فسيعود إليك. [تأكيد|إلغاء]
            alice: نعم
            bot: تم: مبلغ ٥٫٠٠ € بانتظار @karim حتى ١ ديسمبر. إن لم يستلمه حتى ذلك الحين، فسيعود إليك.
            karim: رصيد
            bot: رصيدك: ٠٫٠٠ €.
            bot: أرسل إليك Alice (@alice) مبلغ ٥٫٠٠ €. هل تقبله؟ [قبول|ليس الآن]
            karim: [قبول]
            bot: تم: أصبح في حسابك مبلغ ٥٫٠٠ € (تحويل واحد). رصيدك: ٥٫٠٠ €.
            alice gets: استلم karim (@karim) مبلغ ٥٫٠٠ € الذي أرسلته إليه.
            = alice 95.00 karim 5.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Arabic_mistakes_are_explained_and_move_nothing(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: نعم
            bot: لا يوجد ما يحتاج إلى تأكيد الآن. أرسل «مساعدة» لمعرفة ما يمكنني فعله.
            alice: أرسل ٣٠٠ يورو @bob
            bot: الحد الأقصى للإرسال إلى شخص هو ٢٥٠٫٠٠ € في المرة الواحدة. أرسل مبلغًا أصغر.
            alice: أرسل ١٥٠ يورو @bob
            bot: رصيدك غير كافٍ: المتاح لديك ١٠٠٫٠٠ €. أرسل مبلغًا أصغر أو أضف مالًا أولًا.
            alice: أرسل يورو @bob
            bot: كم المبلغ؟ مثال: أرسل ١٠ يورو @lea
            = alice 100.00 bob 100.00
            """);
}
