# حالات الرفض وأخطاء الاستمارات (issue 19، البند 1).

## الحقول المذكورة في تاريخ لا يُقرأ
refuse-not-a-date = { $field ->
    [received-on] تاريخ الاستلام
    [new-deadline] الموعد النهائي الجديد
    [signature-date] تاريخ التوقيع
    [deposit-date] تاريخ الإيداع
    [withdrawal-notice-date] تاريخ إشعار الانسحاب
    [later-effective-date] تاريخ النفاذ اللاحق
    [first-day] اليوم الأول
    [new-deadline-asked] الموعد النهائي الجديد المطلوب
    [decided-on] يوم المقرر
    [new-deadline-granted] الموعد النهائي الجديد الممنوح
    [day-it-ends] اليوم الأخير
   *[date] التاريخ
  }: «{ $value }» ليس تاريخًا بالصيغة YYYY-MM-DD

## الالتزامات: تقديم تسجله وحدة دعم التنفيذ
refuse-submission-kind = اختر ما الذي ورد: تقرير أم تمديد ممنوح
refuse-submission-received-missing = أدخل تاريخ استلام التقرير (أو تاريخ البت في التمديد)
refuse-not-a-year = السنة المشمولة «{ $value }» ليست سنة
refuse-submission-access = اختر من يحق له الاطلاع على المرجع
refuse-obligation-unknown = «{ $value }» ليس التزامًا من التزامات هذه الاتفاقية (المعروفة: { $known })
refuse-report-needs-year = { $obligation }: يشمل هذا التقرير سنة تقويمية؛ أدخل السنة التي يشملها
refuse-year-not-yearly = لا يشمل سنةً إلا التقرير السنوي: اترك السنة فارغة
refuse-year-out-of-range = السنة المشمولة ({ $year }) خارج النطاق
refuse-extension-needs-deadline = يتطلب التمديد الممنوح الموعد النهائي الجديد
refuse-no-extension-rule = { $article } ({ $obligation }) لا ينص على تمديد
refuse-deadline-only-extension = لا موعد نهائي جديد إلا للتمديد الممنوح
refuse-reference-missing = أدخل مرجع الوثيقة (رمزها أو رقم ملف وحدة دعم التنفيذ)
refuse-reference-too-long = الحد الأقصى للمرجع 200 حرف، وللملاحظة 2000 حرف
refuse-reason-correction = اذكر سبب تصحيح السجل
conflict-submission-corrected = سبق أن صُحح التقديم { $id } بالتقديم { $newer }: صحّح ذلك التقديم
refuse-not-a-state-obligations = { $who } ليس دولة: الالتزامات واجبة على الدول

## العالمية: أنشطة التوعية وبيانات النوايا
refuse-outreach-kind = اختر ما هذا: نشاط توعية أم بيان نوايا.
refuse-outreach-date-missing = أدخل التاريخ (YYYY-MM-DD).
refuse-outreach-not-a-date = «{ $value }» ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD.
refuse-outreach-who = اذكر من قام بالنشاط (أو، في بيان النوايا، من تكلم).
refuse-outreach-who-long = حقل «من» يتجاوز { $max } حرفًا.
refuse-outreach-what = اذكر ما الذي فُعل أو قيل.
refuse-outreach-what-long = حقل «ما الذي فُعل» يتجاوز { $max } حرفًا.
refuse-outreach-group-long = اسم الفريق العامل يتجاوز { $max } حرفًا.
refuse-outreach-access = اختر من يحق له الاطلاع على المدخل.
refuse-outreach-not-a-state = { $who } ليس دولة: العالمية شأن الدول.
refuse-outreach-reason = اذكر سبب تصحيح المدخل.
refuse-outreach-unchanged = لن يتغير شيء: التصحيح مطابق للمدخل.
refuse-outreach-while-party = كانت { $who } دولة طرفًا في { $date }: عمل العالمية مع الدول غير الأطراف؛ أرّخ النشاط بتاريخ سابق لانضمامها، أو سجّله في مكان آخر.

## المشاركة: التوقيعات والإيداعات والانسحابات وملاحظة القائمة والملامح
refuse-deposit-kind = الصك «{ $value }» ليس تصديقًا ولا انضمامًا
refuse-event-date-missing = أدخل التاريخ (YYYY-MM-DD)
refuse-event-kind = الحدث «{ $value }» ليس توقيعًا ولا إيداعًا ولا إشعار انسحاب
refuse-deposit-kind-missing = اذكر الصك المودع: تصديق أم انضمام
refuse-profile-kind = الملمح «{ $value }» ليس من بين: متضررة، حائزة مخزونات، مساعدة الضحايا، الاحتفاظ
refuse-profile-choose = اختر فترة الملمح المراد تصحيحها
refuse-note-reason = اذكر سبب تغيير الملاحظة (5 أحرف أو أكثر)
refuse-note-long = الحد الأقصى للملاحظة 2000 حرف
conflict-signature-on-record = { $who }: التوقيع المؤرخ { $date } مسجل بالفعل؛ صحّح السجل بدلًا من ذلك
conflict-deposit-on-record = { $who }: الصك المودع في { $date } مسجل بالفعل؛ صحّح السجل بدلًا من ذلك
conflict-withdrawal-on-record = { $who }: الانسحاب مسجل بالفعل؛ صحّح السجل بدلًا من ذلك
refuse-withdraw-no-deposit = لم تودع { $who } أي صك مسجل، فلا يمكنها الانسحاب
refuse-participation-reason = اذكر سبب تصحيح السجل (5 أحرف أو أكثر)
refuse-participation-not-a-state = { $who } ليس دولة؛ لا يوقّع ويودع إلا الدول
refuse-rules-missing = قواعد بدء النفاذ والانسحاب الخاصة بـ { $convention } غير مسجلة، فلا يمكن حساب المشاركة
refuse-later-needs-notice = يتطلب تاريخ النفاذ اللاحق للانسحاب تاريخ الإشعار
refuse-withdrawal-not-later = يسري الانسحاب في { $date } بموجب قاعدة الاتفاقية؛ لا تُدخل تاريخ نفاذ إلا إذا كان لاحقًا (إذ كانت الدولة حينئذ طرفًا في نزاع مسلح)
refuse-record-unchanged = { $who }: السجل ينص على ذلك بالفعل؛ لا شيء يُسجل
refuse-profile-reason = اذكر سبب تصحيح الملمح (5 أحرف أو أكثر)
conflict-profile-corrected = سبق تصحيح مدخل الملمح { $id }؛ صحّح أحدث مدخل
refuse-profile-source = اذكر مصدر فترة الملمح (من 1 إلى 2000 حرف)
refuse-profile-period = تنتهي الفترة ({ $until }) قبل أن تبدأ ({ $from })

## صف من قائمة المشاركة (ملف مستورد، أو بيانات استمارة تُفحص بالطريقة نفسها)
refuse-row-iso3-empty = الحقل iso3 فارغ
refuse-row-iso3-form = القيمة «{ $value }» في iso3 ليست رمز ISO 3166-1 ثلاثي الأحرف (ثلاثة أحرف كبيرة)
refuse-row-iso3-unknown = القيمة «{ $value }» في iso3 ليست دولة في السجل
refuse-row-not-a-date = القيمة «{ $value }» في { $column } ليست تاريخًا بالصيغة YYYY-MM-DD
refuse-row-deposit-before-signature = ratification_date { $deposit } سابق لـ signature_date { $signature }
refuse-row-eif-mismatch = entry_into_force_date { $given } لا يترتب على الإيداع في { $deposit }: قاعدة الاتفاقية تعطي { $computed }
refuse-row-eif-without-deposit = أُدخل entry_into_force_date دون ratification_date
refuse-row-withdrawal-early = withdrawal_effective_date { $effective } أبكر مما تسمح به الاتفاقية بعد الإشعار في { $notice } ({ $computed })
refuse-row-notice-before-deposit = withdrawal_notice_date سابق للإيداع
refuse-row-no-dates = لا يتضمن الصف تاريخ توقيع ولا تصديق ولا انسحاب
refuse-row-deposit-kind = القيمة «{ $value }» في deposit_kind ليست تصديقًا ولا انضمامًا

## طلبات التمديد (المادة 4 وما يماثلها)
refuse-ext-obligation-unknown = «{ $value }» ليس التزامًا يجوز تمديد موعده (المعروفة: { $known })
refuse-ext-content-unknown = ({ $key }) ليس من محتويات الطلبات بموجب { $article }
refuse-ext-content-long = الحد الأقصى لـ ({ $key }) هو { $max } حرف
refuse-ext-meeting-kind = لا يبت { $meeting } في طلبات التمديد: اختر اجتماعًا للدول الأطراف أو مؤتمرًا استعراضيًا
refuse-state-unknown = «{ $value }» ليست دولة مسجلة
refuse-ext-not-a-state = { $who } ليس دولة: الدولة هي التي تطلب التمديد
conflict-ext-decided = بُتّ في الطلب { $id }: يُحفظ كما بتّ فيه الاجتماع
refuse-ext-frozen = الطلب المقدَّم مجمَّد: اذكر سبب تصحيحه
refuse-ext-draft-analysis = الطلب مسودة: يأتي التحليل بعد تقديمه
refuse-ext-document-unknown = { $symbol } ليست وثيقة مسجلة: سجّلها أو حمّلها أولًا
refuse-ext-document-meeting = { $symbol } ليست من وثائق الاجتماع الذي يبت في الطلب
refuse-ext-draft-decision = الطلب مسودة: لا يُبت إلا في طلب مقدَّم
conflict-ext-already-decided = سبق البت في الطلب { $id }
refuse-ext-decision-reference = اذكر المقرر (من 1 إلى 200 حرف)
refuse-ext-benchmarks-long = الحد الأقصى للمعالم المرحلية { $max } حرف
refuse-ext-decided-on = أدخل يوم المقرر
refuse-ext-grant-deadline = يتطلب التمديد الممنوح الموعد النهائي الجديد
refuse-ext-grant-not-later = يجب أن يكون الموعد النهائي الجديد لاحقًا للموعد النافذ ({ $date })
refuse-ext-grant-more = يجوز للاجتماع أن يمنح وقتًا أقل مما طُلب لا أكثر (المطلوب: { $date })
refuse-ext-refusal-deadline = لا موعد نهائي جديد للرفض
refuse-ext-outcome = النتيجة إما granted (ممنوح) أو refused (مرفوض)، وليست «{ $value }»

## الملفات المرفقة بتقرير أو طلب أو رسالة
refuse-files-too-many = أُرفق { $count } ملفًا؛ ولا يُقبل هنا أكثر من { $max } ملفًا إضافيًا.
refuse-file-empty = المرفق { $n } فارغ.
refuse-file-too-large = حجم المرفق { $n } هو { $size } ميبيبايت؛ والحد الأقصى المقبول { $max } ميبيبايت.
refuse-file-kind = المرفق { $n } ليس ملف PDF ولا مستند Word ‏(DOCX) ولا نصًا بترميز UTF-8.
refuse-file-none = اختر ملفًا لإرفاقه.
refuse-the-file-empty = الملف فارغ
refuse-the-file-too-large = حجم الملف { $size } ميبيبايت؛ والحد الأقصى المقبول { $max } ميبيبايت
refuse-the-file-kind = الملف ليس PDF ولا مستند Word ‏(DOCX) ولا نصًا بترميز UTF-8
refuse-the-file-unreadable = تتعذر قراءة الملف: { $why }

## تقارير الشفافية المملوءة على الإنترنت
refuse-report-obligation-unknown = «{ $value }» ليس التزامًا يُبلَّغ عنه في استمارات (المعروفة: { $known })
refuse-report-year-ended = يجب أن تكون السنة المشمولة ({ $year }) سنة انقضت، وألا تكون قبل 1990
refuse-report-access = التقرير إما علني أو مقصور على الدول الأطراف
refuse-report-access-typed = التقرير إما public (علني) أو states-parties (مقصور على الدول الأطراف)، وليس «{ $value }»
refuse-report-received-own = لا يذكر يوم الاستلام إلا تقرير أدخلته وحدة دعم التنفيذ نيابة عن دولة
refuse-report-received-future = يوم الاستلام ({ $date }) في المستقبل
refuse-report-not-a-state = { $who } ليس دولة: الدولة هي التي تقدم التقرير
conflict-report-exists = لدى { $who } هذا التقرير بالفعل (رقم { $id }): افتحه لتعديله أو تصحيحه
refuse-report-frozen = التقرير المقدَّم مجمَّد: اذكر سبب تصحيحه
refuse-report-access-kept = اختير مستوى الاطلاع عند تقديم التقرير: يحتفظ به التصحيح
refuse-report-frozen-file = التقرير المقدَّم مجمَّد: اذكر سبب إضافة الملف
refuse-report-mark = الاستمارة { $form }: العلامة هي changed أو unchanged أو not-applicable، وليست «{ $value }»

## طلبات المشورة من وحدة دعم التنفيذ
refuse-advice-body-empty = اكتب الرسالة؛ إنها فارغة.
refuse-advice-body-long = الرسالة أطول من { $max } حرف؛ أرفق ملفًا بدلًا من ذلك.
refuse-advice-state = «{ $value }» ليست دولة في السجل؛ اختر الدولة مقدمة الطلب.
refuse-advice-theme = اختر موضوع الطلب (أحد: { $known }).
refuse-advice-subject = أعطِ الطلب عنوانًا.
refuse-advice-subject-long = العنوان أطول من { $max } حرف.
refuse-advice-closed-add = هذا الطلب مغلق؛ لا يمكن إضافة شيء. اطرح سؤالًا جديدًا بدلًا من ذلك.
refuse-advice-author = لا يصحح الرسالة إلا كاتبها ({ $who }).
refuse-advice-closed-revise = هذا الطلب مغلق؛ تبقى رسائله كما هي.
refuse-advice-corrected = سبق تصحيح هذه الرسالة (الرسالة { $id })؛ صحّح أحدث نسخة.
refuse-advice-assignee = «{ $value }» ليس حسابًا لموظفي وحدة دعم التنفيذ في { $convention }؛ اختر أحد حسابات الوحدة.
refuse-advice-closed-assign = هذا الطلب مغلق؛ لا يحتاج إلى مسؤول عن متابعته.
refuse-advice-closed = هذا الطلب مغلق بالفعل.
refuse-advice-shared-already = التبادل مشترك بالفعل مع جميع الدول الأطراف.
refuse-advice-confidential-already = التبادل سري بالفعل.

## التسجيل (P1.1) والترشيحات (P2.4)
conflict-registered-once = { $email } مسجل بالفعل في { $meeting }؛ يسجل الشخص مرة واحدة في كل اجتماع.
refuse-registration-deadline = لا يجوز أن يسبق الموعد النهائي فتح باب التسجيل
refuse-registration-cap = حد أقصى قدره 0 يرفض الجميع؛ اتركه فارغًا لعدم تحديد حد
refuse-registration-none = اختر تسجيلًا واحدًا على الأقل
conflict-registration-decided = التسجيل { $reference } { $status ->
    [approved] مقبول
    [refused] مرفوض
    [withdrawn] مسحوب
   *[other] { $status }
  } بالفعل؛ لا يُبت إلا في تسجيل معلّق
refuse-nomination-no-seat = اختر مقعدًا واحدًا على الأقل
refuse-nomination-too-many = اختر 20 مقعدًا على الأكثر
refuse-nomination-seat-twice = يُختار كل مقعد مرة واحدة
refuse-nomination-order = يمتد ترتيب الأفضلية من 1 إلى { $count } دون فجوات أو تكرار
refuse-nomination-other-meeting = { $meeting } ليس اجتماعًا من اجتماعات { $convention }
refuse-meeting-not-on-record = { $meeting } غير مسجل
refuse-nominations-closed = افتُتح { $meeting } في { $date }؛ باب الترشيحات له مغلق
refuse-nomination-statement-long = البيان أطول من { $max } حرف
refuse-with-clause = { $problem } ({ $clause })
conflict-nomination-standing = لدى { $who } ترشيح قائم بالفعل لـ { $meeting }؛ اسحبه أولًا قبل الترشح من جديد
conflict-nomination-withdrawn = ترشيح { $who } لـ { $meeting } مسحوب بالفعل
refuse-nomination-withdraw-late = افتُتح { $meeting } في { $date }: لا يجوز سحب الترشيح إلا حتى افتتاح الاجتماع

## مقررات الاجتماعات الرسمية ولجنة التنسيق
refuse-decision-title = يحتاج المقرر إلى عنوان من 1 إلى 500 حرف
refuse-decision-text = يحتاج المقرر إلى نصه بلغة واحدة على الأقل
refuse-decision-language = «{ $value }» ليست إحدى لغات الأمم المتحدة الست (ar, zh, en, fr, ru, es)
refuse-decision-text-long = النص بلغة { $lang } أطول من 50000 حرف
refuse-decision-agenda-item = البند { $id } ليس من بنود جدول أعمال { $meeting }
refuse-decision-document = الوثيقة { $id } ليست وثيقة مسجلة
refuse-decision-supersede-itself = لا يجوز أن يحل المقرر محل نفسه
refuse-decision-superseded-unknown = المقرر { $id } ليس مقررًا مسجلًا لهذه الاتفاقية
refuse-decision-date = المقرر مؤرخ { $date }، خارج التواريخ المسجلة لـ { $meeting }
refuse-decision-meeting-kind = { $meeting } ليس اجتماعًا يعتمد مقررات (اجتماع للدول الأطراف أو مؤتمر استعراضي أو اجتماع استثنائي أو لجنة التنسيق)
refuse-decision-number = رقم المقرر من 1 إلى 10000
refuse-decision-reason = اذكر سبب تصحيح المقرر (5 أحرف أو أكثر)
refuse-decision-unchanged = التصحيح لا يغير شيئًا: المقرر ينص على ذلك بالفعل
conflict-decision-number = لدى { $meeting } مقرر يحمل الرقم { $number } بالفعل؛ صحّحه بدلًا من ذلك

## الوثائق وإجراءات المتابعة
refuse-document-title = يلزم عنوان من 1 إلى 500 حرف
refuse-document-submitter = الحد الأقصى لاسم مقدم الوثيقة 200 حرف
conflict-document-exists = { $symbol } مسجلة بالفعل
refuse-document-revises-unknown = { $symbol } تنقّح أو تصوّب { $earlier }، وهي غير مسجلة؛ سجّلها أولًا
conflict-document-version = لدى { $symbol } نسخة بلغة «{ $lang }» بالفعل؛ لا يُستبدل شيء: سجّل تصويبًا
refuse-action-title = يحتاج الإجراء إلى عنوان من 1 إلى 500 حرف
refuse-action-source = ينشأ الإجراء عن مقرر أو عن محضر اجتماع
refuse-action-owner-state = «{ $value }» ليست دولة في السجل
refuse-action-owner-seat = «{ $value }» ليس مقعد منسق
refuse-version-title-long = لا يتجاوز العنوان بهذه اللغة 500 حرف
refuse-version-no-file = اختر ملف هذه النسخة اللغوية.
