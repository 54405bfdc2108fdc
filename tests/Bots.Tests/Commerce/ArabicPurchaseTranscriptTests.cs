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
    public async Task An_Arabic_purchase_asks_quantity_delivery_and_address_then_a_saved_address_takes_four_exchanges(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: شراء كوب
            bot: كوب أزرق، بسعر ١٢٫٠٠ € للقطعة. كم قطعة تريد؟ [١|٢|٣|رجوع|إلغاء]
            alice: ٢
            bot: ٢ × كوب أزرق. كيف تريد أن تستلم طلبك؟ [المنزل|نقطة استلام|رجوع|إلغاء]
            alice: منزلي
            bot: اكتب من فضلك عنوان منزلك: الشارع والرمز البريدي والمدينة. [رجوع|إلغاء]
            alice: 12 rue de la Paix, 75002 Paris
            bot: ٢ × كوب أزرق: ٢٤٫٠٠ €، توصيل إلى منزلك في 12 rue de la Paix, 75002 Paris، والدفع من رصيدك. هل أُتمّ الدفع؟ [دفع|تغيير الكمية|تغيير طريقة الاستلام|إلغاء]
            alice: [دفع]
            bot: سُجّل طلبك DE-3NWNHQ2BJH: حُجز مبلغ ٢٤٫٠٠ € في رصيدك، ويُقتطع عندما يقبل Demo Shop الطلب. طريقة الاستلام: توصيل إلى منزلك في 12 rue de la Paix, 75002 Paris. سأوافيك بالمستجدات هنا، وأرسل «تتبع» لمعرفة حالة طلبك.
            = alice 100.00 demoshop 0.00
            shop demoshop: accepted
            alice gets: قبِل Demo Shop طلبك DE-3NWNHQ2BJH: ٢ × كوب أزرق، بمبلغ ٢٤٫٠٠ €. شكرًا لك! ربحت ٢٤ نقطة في برنامج الولاء.
            = alice 76.00 demoshop 23.76
            shop demoshop: shipped
            alice gets: طلبك DE-3NWNHQ2BJH من Demo Shop في الطريق إليك: التوصيل إلى 12 rue de la Paix, 75002 Paris.
            alice: اشتر كوب
            bot: كوب أزرق، بسعر ١٢٫٠٠ € للقطعة. كم قطعة تريد؟ [١|٢|٣|رجوع|إلغاء]
            alice: ١
            bot: ١ × كوب أزرق. كيف تريد أن تستلم طلبك؟ [المنزل: 12 rue de la Paix, 75002 Paris|المنزل|نقطة استلام|رجوع|إلغاء]
            alice: ١
            bot: ١ × كوب أزرق: ١٢٫٠٠ €، توصيل إلى منزلك في 12 rue de la Paix, 75002 Paris، والدفع من رصيدك. هل أُتمّ الدفع؟ [دفع|تغيير الكمية|تغيير طريقة الاستلام|إلغاء]
            alice: نعم
            bot: سُجّل طلبك DE-GMVLANJSGP: حُجز مبلغ ١٢٫٠٠ € في رصيدك، ويُقتطع عندما يقبل Demo Shop الطلب. طريقة الاستلام: توصيل إلى منزلك في 12 rue de la Paix, 75002 Paris. سأوافيك بالمستجدات هنا، وأرسل «تتبع» لمعرفة حالة طلبك.
            alice: تتبع
            bot: آخر طلباتك: / • DE-GMVLANJSGP · ١ × كوب أزرق · ١٢٫٠٠ € · مُسجَّل، بانتظار المتجر (٢٤ نوفمبر) / • DE-3NWNHQ2BJH · ٢ × كوب أزرق · ٢٤٫٠٠ € · مشحون (٢٤ نوفمبر)
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_relay_point_is_picked_near_a_postcode_written_in_Arabic_digits_and_any_step_can_go_back_or_change(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: شراء قميص
            bot: قميص كونفرسيشنال، بسعر ١٩٫٠٠ € للقطعة. كم قطعة تريد؟ (بقيت ٣ قطع فقط.) [١|٢|٣|رجوع|إلغاء]
            alice: ١
            bot: ١ × قميص كونفرسيشنال. كيف تريد أن تستلم طلبك؟ [المنزل|العمل|نقطة استلام|الاستلام من المتجر|خزانة استلام|رجوع|إلغاء]
            alice: نقطة استلام
            bot: بالقرب من أي رمز بريدي أبحث عن نقطة استلام؟ [رجوع|إلغاء]
            alice: ٧٥٠١
            bot: اكتب من فضلك رمزًا بريديًا من ٥ أرقام، مثل ٧٥٠١١.
            bot: بالقرب من أي رمز بريدي أبحث عن نقطة استلام؟ [رجوع|إلغاء]
            alice: ١٣٠٠١
            bot: لا أعرف أي نقطة استلام قريبة من ١٣٠٠١. جرّب رمزًا بريديًا آخر، أو ارجع لاختيار طريقة استلام أخرى.
            bot: بالقرب من أي رمز بريدي أبحث عن نقطة استلام؟ [رجوع|إلغاء]
            alice: ٧٥٠١١
            bot: نقاط الاستلام القريبة من ٧٥٠١١: / ١. Tabac de la Bastille, 4 rue de la Roquette, 75011 Paris / ٢. Presse Voltaire, 120 boulevard Voltaire, 75011 Paris / ٣. Librairie du Sentier, 20 rue du Sentier, 75002 Paris [Tabac de la Bastille|Presse Voltaire|Librairie du Sentier|رجوع|إلغاء]
            alice: رجوع
            bot: بالقرب من أي رمز بريدي أبحث عن نقطة استلام؟ [رجوع|إلغاء]
            alice: ٧٥٠٠٢
            bot: نقاط الاستلام القريبة من ٧٥٠٠٢: / ١. Librairie du Sentier, 20 rue du Sentier, 75002 Paris / ٢. Tabac de la Bastille, 4 rue de la Roquette, 75011 Paris / ٣. Presse Voltaire, 120 boulevard Voltaire, 75011 Paris [Librairie du Sentier|Tabac de la Bastille|Presse Voltaire|رجوع|إلغاء]
            alice: ١
            bot: ١ × قميص كونفرسيشنال: ١٩٫٠٠ €، استلام من نقطة الاستلام Librairie du Sentier, 20 rue du Sentier, 75002 Paris، والدفع من رصيدك. هل أُتمّ الدفع؟ [دفع|تغيير الكمية|تغيير طريقة الاستلام|إلغاء]
            alice: رجوع
            bot: نقاط الاستلام القريبة من ٧٥٠٠٢: / ١. Librairie du Sentier, 20 rue du Sentier, 75002 Paris / ٢. Tabac de la Bastille, 4 rue de la Roquette, 75011 Paris / ٣. Presse Voltaire, 120 boulevard Voltaire, 75011 Paris [Librairie du Sentier|Tabac de la Bastille|Presse Voltaire|رجوع|إلغاء]
            alice: [Librairie du Sentier]
            bot: ١ × قميص كونفرسيشنال: ١٩٫٠٠ €، استلام من نقطة الاستلام Librairie du Sentier, 20 rue du Sentier, 75002 Paris، والدفع من رصيدك. هل أُتمّ الدفع؟ [دفع|تغيير الكمية|تغيير طريقة الاستلام|إلغاء]
            alice: [تغيير الكمية]
            bot: قميص كونفرسيشنال، بسعر ١٩٫٠٠ € للقطعة. كم قطعة تريد؟ (بقيت ٣ قطع فقط.) [١|٢|٣|رجوع|إلغاء]
            alice: ٢٥
            bot: أجب من فضلك برقم من ١ إلى ٣.
            bot: قميص كونفرسيشنال، بسعر ١٩٫٠٠ € للقطعة. كم قطعة تريد؟ (بقيت ٣ قطع فقط.) [١|٢|٣|رجوع|إلغاء]
            alice: ٢
            bot: ٢ × قميص كونفرسيشنال: ٣٨٫٠٠ €، استلام من نقطة الاستلام Librairie du Sentier, 20 rue du Sentier, 75002 Paris، والدفع من رصيدك. هل أُتمّ الدفع؟ [دفع|تغيير الكمية|تغيير طريقة الاستلام|إلغاء]
            alice: [تغيير طريقة الاستلام]
            bot: ٢ × قميص كونفرسيشنال. كيف تريد أن تستلم طلبك؟ [المنزل|العمل|نقطة استلام|الاستلام من المتجر|خزانة استلام|رجوع|إلغاء]
            alice: من المتجر
            bot: ٢ × قميص كونفرسيشنال: ٣٨٫٠٠ €، استلام من المتجر، Demo Shop, 10 rue de Rivoli, 75004 Paris، والدفع من رصيدك. هل أُتمّ الدفع؟ [دفع|تغيير الكمية|تغيير طريقة الاستلام|إلغاء]
            alice: رصيد
            bot: رصيدك: ١٠٠٫٠٠ €.
            bot: ٢ × قميص كونفرسيشنال: ٣٨٫٠٠ €، استلام من المتجر، Demo Shop, 10 rue de Rivoli, 75004 Paris، والدفع من رصيدك. هل أُتمّ الدفع؟ [دفع|تغيير الكمية|تغيير طريقة الاستلام|إلغاء]
            alice: ماذا؟
            bot: عذرًا، لم أفهم.
            bot: ٢ × قميص كونفرسيشنال: ٣٨٫٠٠ €، استلام من المتجر، Demo Shop, 10 rue de Rivoli, 75004 Paris، والدفع من رصيدك. هل أُتمّ الدفع؟ [دفع|تغيير الكمية|تغيير طريقة الاستلام|إلغاء]
            alice: مساعدة
            bot: أجب بأحد الخيارات أدناه (أو برقمه). أرسل «رجوع» للعودة خطوة إلى الوراء، أو «إلغاء» لإيقاف الشراء.
            bot: ٢ × قميص كونفرسيشنال: ٣٨٫٠٠ €، استلام من المتجر، Demo Shop, 10 rue de Rivoli, 75004 Paris، والدفع من رصيدك. هل أُتمّ الدفع؟ [دفع|تغيير الكمية|تغيير طريقة الاستلام|إلغاء]
            alice: إلغاء
            bot: أُلغي الشراء: لم يُخصم منك شيء.
            = alice 100.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Stock_running_out_between_an_Arabic_review_and_payment_asks_the_quantity_again_and_takes_nothing(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            # the broken plural "قمصان" is not found (no dictionary of plurals); the dual "كوبين" is
            bob: اشتر ٣ قمصان
            bot: لم أجد «قمصان». إليك ما يبيعه Demo Shop:
            bot: أي منتج تريد؟ / ١. لعبة سبيس كويست · ٢٫٩٩ € / ٢. كوب أزرق · ١٢٫٠٠ € / ٣. قميص كونفرسيشنال · ١٩٫٠٠ € [لعبة سبيس كويست · ٢٫٩٩ €|كوب أزرق · ١٢٫٠٠ €|قميص كونفرسيشنال · ١٩٫٠٠ €|إلغاء]
            bob: ٣
            bot: ٣ × قميص كونفرسيشنال. كيف تريد أن تستلم طلبك؟ [المنزل|العمل|نقطة استلام|الاستلام من المتجر|خزانة استلام|رجوع|إلغاء]
            bob: خزانة استلام
            bot: بالقرب من أي رمز بريدي أبحث عن خزانة استلام؟ [رجوع|إلغاء]
            bob: ٧٥٠١١
            bot: خزائن الاستلام القريبة من ٧٥٠١١: / ١. Consigne Nation, 1 place de la Nation, 75011 Paris [Consigne Nation|رجوع|إلغاء]
            bob: ١
            bot: ٣ × قميص كونفرسيشنال: ٥٧٫٠٠ €، استلام من خزانة الاستلام Consigne Nation, 1 place de la Nation, 75011 Paris، والدفع من رصيدك. هل أُتمّ الدفع؟ [دفع|تغيير الكمية|تغيير طريقة الاستلام|إلغاء]
            alice: شراء قميص
            bot: قميص كونفرسيشنال، بسعر ١٩٫٠٠ € للقطعة. كم قطعة تريد؟ (بقيت ٣ قطع فقط.) [١|٢|٣|رجوع|إلغاء]
            alice: ٢
            bot: ٢ × قميص كونفرسيشنال. كيف تريد أن تستلم طلبك؟ [المنزل|العمل|نقطة استلام|الاستلام من المتجر|خزانة استلام|رجوع|إلغاء]
            alice: [الاستلام من المتجر]
            bot: ٢ × قميص كونفرسيشنال: ٣٨٫٠٠ €، استلام من المتجر، Demo Shop, 10 rue de Rivoli, 75004 Paris، والدفع من رصيدك. هل أُتمّ الدفع؟ [دفع|تغيير الكمية|تغيير طريقة الاستلام|إلغاء]
            alice: نعم
            bot: سُجّل طلبك DE-GMVLANJSGP: حُجز مبلغ ٣٨٫٠٠ € في رصيدك، ويُقتطع عندما يقبل Demo Shop الطلب. طريقة الاستلام: استلام من المتجر، Demo Shop, 10 rue de Rivoli, 75004 Paris. سأوافيك بالمستجدات هنا، وأرسل «تتبع» لمعرفة حالة طلبك.
            bob: [دفع]
            bot: عذرًا، لم يبقَ من قميص كونفرسيشنال سوى قطعة واحدة.
            bot: قميص كونفرسيشنال، بسعر ١٩٫٠٠ € للقطعة. كم قطعة تريد؟ (بقيت قطعة واحدة فقط.) [١|رجوع|إلغاء]
            bob: ١
            bot: ١ × قميص كونفرسيشنال: ١٩٫٠٠ €، استلام من خزانة الاستلام Consigne Nation, 1 place de la Nation, 75011 Paris، والدفع من رصيدك. هل أُتمّ الدفع؟ [دفع|تغيير الكمية|تغيير طريقة الاستلام|إلغاء]
            # a minute later, so that the shop's latest order is bob's
            wait 1m
            bob: [دفع]
            bot: سُجّل طلبك DE-AUXF2ZT7HG: حُجز مبلغ ١٩٫٠٠ € في رصيدك، ويُقتطع عندما يقبل Demo Shop الطلب. طريقة الاستلام: استلام من خزانة الاستلام Consigne Nation, 1 place de la Nation, 75011 Paris. سأوافيك بالمستجدات هنا، وأرسل «تتبع» لمعرفة حالة طلبك.
            shop demoshop: accepted
            bob gets: قبِل Demo Shop طلبك DE-AUXF2ZT7HG: ١ × قميص كونفرسيشنال، بمبلغ ١٩٫٠٠ €. شكرًا لك! ربحت ١٩ نقطة في برنامج الولاء.
            shop demoshop: ready for pickup
            bob gets: طلبك DE-AUXF2ZT7HG من Demo Shop جاهز للاستلام في Consigne Nation, 1 place de la Nation, 75011 Paris.
            shop demoshop: delivered
            bob gets: تمّ تسليم طلبك DE-AUXF2ZT7HG من Demo Shop. نتمنى أن ينال إعجابك!
            = bob 81.00 alice 100.00
            karim: شراء قميص
            bot: عذرًا، قميص كونفرسيشنال غير متوفر حاليًا.
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task An_Arabic_cart_left_waiting_gets_one_reminder_and_is_taken_up_again(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: شراء كوب
            bot: كوب أزرق، بسعر ١٢٫٠٠ € للقطعة. كم قطعة تريد؟ [١|٢|٣|رجوع|إلغاء]
            wait 20m
            timers
            alice gets nothing
            wait 15m
            timers
            alice gets: لا تزال سلتك لدى Demo Shop تحتوي على كوب أزرق. هل نكمل الشراء؟ [متابعة|إلغاء]
            wait 2h
            timers
            alice gets nothing
            alice: متابعة
            bot: لنكمل شراء كوب أزرق.
            bot: كوب أزرق، بسعر ١٢٫٠٠ € للقطعة. كم قطعة تريد؟ [١|٢|٣|رجوع|إلغاء]
            alice: ١
            bot: ١ × كوب أزرق. كيف تريد أن تستلم طلبك؟ [المنزل|نقطة استلام|رجوع|إلغاء]
            alice: [إلغاء]
            bot: أُلغي الشراء: لم يُخصم منك شيء.
            alice: متابعة
            bot: لا توجد لديك عملية شراء معلّقة. لشراء شيء ما، اكتب مثلًا: شراء MUG
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_keyword_texted_to_the_short_code_by_an_Arabic_speaker_buys_the_game_on_the_phone_bill(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            +971501234567@81234: GAME42
            bot: شكرًا لك! إليك لعبة سبيس كويست (الطلب DE-GGQCRWMCY4): https://demoshop.example/download/space-quest?code=SQ-7F3K-92QX / دفعت ٢٫٩٩ € على فاتورة هاتفك.
            bot: ربحت نقطتين في برنامج الولاء لدى Demo Shop (مجموع نقاطك: ٢).
            +33698765432: مرحبا
            bot: مرحبًا +33698765432! يمكنني إرسال المال، وإيصال تبرعاتك إلى الجمعيات الخيرية، والشراء من المتاجر، وعرض كشف حسابك. إليك ما يمكنني فعله: / • أرسل ١٠ يورو @lea: إرسال المال / • تبرع ٥ يورو @restosducoeur: التبرع لجمعية خيرية / • رصيد: معرفة رصيدك / • سجل: آخر عملياتك / • اشتر MUG: الشراء من متجر / • تتبع: طلباتك / • إلغاء: إلغاء ما بدأته / أي سؤال آخر؟ أجيبك عنه أو أحوّله إلى موظف.
            +33698765432@81234: GAME42
            bot: شكرًا لك! إليك لعبة سبيس كويست (الطلب DE-BYKJHC6UJ8): https://demoshop.example/download/space-quest?code=SQ-7F3K-92QX / دفعت ٢٫٩٩ € على فاتورة هاتفك.
            bot: ربحت نقطتين في برنامج الولاء لدى Demo Shop (مجموع نقاطك: ٢).
            +33698765432: تتبع
            bot: طلبك: / • DE-BYKJHC6UJ8 · ١ × لعبة سبيس كويست · ٢٫٩٩ € · تمّ تسليمه (٢٤ نوفمبر)
            +33698765432@81234: شراء GAME42
            bot: شكرًا لك! إليك لعبة سبيس كويست (الطلب DE-D6PCKGZGB3): https://demoshop.example/download/space-quest?code=SQ-7F3K-92QX / دفعت ٢٫٩٩ € على فاتورة هاتفك.
            bot: ربحت نقطتين في برنامج الولاء لدى Demo Shop (مجموع نقاطك: ٤).
            alice: مرحبا
            bot: مرحبًا Alice! يمكنني إرسال المال، وإيصال تبرعاتك إلى الجمعيات الخيرية، والشراء من المتاجر، وعرض كشف حسابك. إليك ما يمكنني فعله: / • أرسل ١٠ يورو @lea: إرسال المال / • تبرع ٥ يورو @restosducoeur: التبرع لجمعية خيرية / • رصيد: معرفة رصيدك / • سجل: آخر عملياتك / • اشتر MUG: الشراء من متجر / • تتبع: طلباتك / • إلغاء: إلغاء ما بدأته / أي سؤال آخر؟ أجيبك عنه أو أحوّله إلى موظف.
            alice: GAME42
            bot: شكرًا لك! إليك لعبة سبيس كويست (الطلب DE-4A5CMKESFY): https://demoshop.example/download/space-quest?code=SQ-7F3K-92QX / دفعت ٢٫٩٩ € من رصيدك.
            bot: ربحت نقطتين في برنامج الولاء لدى Demo Shop (مجموع نقاطك: ٢).
            = alice 97.01
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task The_FAQ_answers_in_Arabic_during_a_purchase_and_outside_and_cancelling_takes_nothing(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: كم تكلفة الشحن؟
            bot: التوصيل إلى المنزل بـ ٤٫٩٠ € وإلى نقطة الاستلام بـ ٢٫٩٠ €، ويصبح مجانيًا ابتداءً من ٤٠ € من المشتريات. اللعبة الرقمية بلا تكلفة شحن.
            alice: أريد شراء كوبين
            bot: كوب أزرق، بسعر ١٢٫٠٠ € للقطعة. كم قطعة تريد؟ [١|٢|٣|رجوع|إلغاء]
            alice: أريد شراء كوب
            bot: الكمية المتبقية تظهر مع كل منتج. عندما ينفد الكوب يعود عادةً خلال أسبوعين: اكتب «نبهني» وسنراسلك. اللعبة متوفرة دائمًا.
            bot: كوب أزرق، بسعر ١٢٫٠٠ € للقطعة. كم قطعة تريد؟ [١|٢|٣|رجوع|إلغاء]
            alice: كم تستغرق مدة التوصيل؟
            bot: الطلبات التي تتم قبل الساعة ١٤:٠٠ في يوم عمل تُشحن في اليوم نفسه. يستغرق التوصيل إلى المنزل من ٢ إلى ٤ أيام عمل، وإلى نقطة الاستلام من ٣ إلى ٥ أيام. أما لعبة GAME42 فتصلك فورًا في هذه المحادثة.
            bot: كوب أزرق، بسعر ١٢٫٠٠ € للقطعة. كم قطعة تريد؟ [١|٢|٣|رجوع|إلغاء]
            alice: ٢
            bot: ٢ × كوب أزرق. كيف تريد أن تستلم طلبك؟ [المنزل|نقطة استلام|رجوع|إلغاء]
            alice: هل التوصيل مجاني؟
            bot: التوصيل إلى المنزل بـ ٤٫٩٠ € وإلى نقطة الاستلام بـ ٢٫٩٠ €، ويصبح مجانيًا ابتداءً من ٤٠ € من المشتريات. اللعبة الرقمية بلا تكلفة شحن.
            bot: ٢ × كوب أزرق. كيف تريد أن تستلم طلبك؟ [المنزل|نقطة استلام|رجوع|إلغاء]
            alice: البيت
            bot: اكتب من فضلك عنوان منزلك: الشارع والرمز البريدي والمدينة. [رجوع|إلغاء]
            alice: [إلغاء]
            bot: أُلغي الشراء: لم يُخصم منك شيء.
            alice: إلغاء
            bot: لا يوجد ما يمكن إلغاؤه الآن.
            = alice 100.00
            """);
}
