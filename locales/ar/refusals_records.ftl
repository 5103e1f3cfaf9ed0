# أوجه رفض السجل الذي يحتفظ به مستخدموه (المسألة 19، البند 1): البيانات، والاتصال بالمنظمات،
# والاستعراضات، والرسائل، والبرامج، والتحضير، والوفود، وملفات المشاركة، ورموز الوثائق.

## بيانات الوفود (P1.2)
refuse-statement-session = الجلسة { $session } ليست في برنامج { $meeting }؛ اختر جلسة من جلسات هذا الاجتماع.
refuse-statement-speaker = المتكلم المختار ليس مدرجًا في الجلسة «{ $session }»؛ اختر أحد متكلميها.
refuse-statement-other-state = لا تسجل جهة الاتصال إلا بيانات دولتها ({ $mine })؛ و{ $speaker } يتكلم باسم { $theirs }.
refuse-statement-no-state = لا تسجل جهة الاتصال إلا بيانات دولتها ({ $mine })؛ و{ $speaker } لا يتكلم باسم أي دولة.
refuse-statement-language = «{ $value }» ليست إحدى لغات الأمم المتحدة الرسمية الست ({ $known })؛ اختر لغة البيان.
refuse-statement-title = أعطِ البيان عنوانًا.
refuse-statement-title-long = يتجاوز العنوان { $max ->
    [zero] { $max } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  }.
refuse-statement-file-empty = اختر ملف البيان؛ الملف المقدَّم فارغ.
refuse-statement-file-large = حجم الملف { $size } ميبيبايت؛ والحد الأقصى المقبول { $max } ميبيبايت.
refuse-statement-file-kind = الملف ليس PDF ولا مستند Word ‏(DOCX) ولا نصًا عاديًا بترميز UTF-8.
refuse-statement-withdrawn = هذا سحب بالفعل؛ لا يوجد ما يُسحب.
refuse-statement-replaced = استُعيض عن هذه النسخة بنسخة لاحقة ({ $id })؛ اسحب النسخة السارية بدلًا منها.
refuse-statement-withdraw-other = لا تسحب جهة الاتصال إلا بيانات دولتها؛ و{ $speaker } يتكلم باسم { $theirs }.
refuse-statement-withdraw-no-state = لا تسحب جهة الاتصال إلا بيانات دولتها؛ و{ $speaker } لا يتكلم باسم أي دولة.

## الاتصال بالمنظمات (P4.4(ز)): الأدوار وجهات الاتصال وسجل اتصالات وحدة دعم التنفيذ
refuse-liaison-give = { $field ->
    [role] أدخل الدور.
    [start-date] أدخل تاريخ البدء.
    [end-date] أدخل تاريخ الانتهاء.
    [source] أدخل المصدر.
    [name] أدخل الاسم.
    [function] أدخل الوظيفة.
    [contact-date] أدخل تاريخ الاتصال.
    [isu-person] أدخل الشخص المعني في وحدة دعم التنفيذ.
    [counterpart] أدخل الشخص الذي جرى الاتصال به.
    [follow-up] أدخل إجراء المتابعة.
    [due-date] أدخل تاريخ الاستحقاق.
   *[summary] أدخل الملخص.
  }
refuse-liaison-long = يتجاوز عدد أحرف { $field ->
    [role] الدور
    [start-date] تاريخ البدء
    [end-date] تاريخ الانتهاء
    [source] المصدر
    [name] الاسم
    [function] الوظيفة
    [contact-date] تاريخ الاتصال
    [isu-person] الشخص المعني في وحدة دعم التنفيذ
    [counterpart] الشخص الذي جرى الاتصال به
    [follow-up] إجراء المتابعة
    [due-date] تاريخ الاستحقاق
   *[summary] الملخص
  } { $max }.
refuse-liaison-date-missing = { $field ->
    [start-date] أدخل تاريخ البدء
    [end-date] أدخل تاريخ الانتهاء
    [due-date] أدخل تاريخ الاستحقاق
   *[contact-date] أدخل تاريخ الاتصال
  } (YYYY-MM-DD).
refuse-liaison-not-a-date = { $field ->
    [start-date] تاريخ البدء
    [end-date] تاريخ الانتهاء
    [due-date] تاريخ الاستحقاق
   *[contact-date] تاريخ الاتصال
  } «{ $value }» ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD.
refuse-liaison-period = تاريخ الانتهاء يسبق تاريخ البدء؛ تحقق من التواريخ.
refuse-liaison-due-needs-action = يتطلب تاريخ الاستحقاق إجراء المتابعة الذي يخصه.
refuse-liaison-no-follow-up = لا يتضمن هذا الاتصال أي إجراء متابعة لوضع علامة عليه.
refuse-liaison-done-already = إجراء المتابعة موسوم بالفعل بأنه أُنجز.
refuse-liaison-not-done = إجراء المتابعة غير موسوم بأنه أُنجز.

## بنود الاستعراض في المؤتمر الاستعراضي
refuse-review-not-a-review-conference = { $meeting } ليس مؤتمرًا استعراضيًا: يُستعرض الهيكل في مؤتمر من هذا القبيل
refuse-review-subject = اختر ما يُستعرض: برنامج ما بين الدورات، أو الأفرقة العاملة، أو لجنة التنسيق، أو وحدة دعم التنفيذ
refuse-review-empty = أدخل وثائق المعلومات الأساسية أو النتيجة (أو كلتيهما)
refuse-review-text-long = لا يجوز أن يتجاوز كل نص { $max ->
    [zero] { $max } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  }
refuse-review-decision-unknown = لا يوجد مقرر برقم { $id } في { $convention }
refuse-review-version-unknown = لا توجد نسخة { $version } من الهيكل مسجلة
refuse-review-reason = لهذا الموضوع بند استعراض بالفعل: اذكر سبب تصحيحه (5 أحرف أو أكثر)

## الرسائل الموجهة إلى جمهور، وعنوان الاتصال الخاص بشخص
refuse-audience-needs-meeting = يتطلب الجمهور «{ $kind }» تحديد اجتماع
refuse-audience-needs-group = يتطلب الجمهور «{ $kind }» تحديد فريق عامل
refuse-audience-unknown = «{ $value }» ليس جمهورًا؛ اختر أحد ما يلي: { $known }
refuse-email-address = «{ $value }» ليس عنوان بريد إلكتروني
refuse-audience-no-architecture = لا يوجد هيكل لـ { $convention } نافذ في { $on }
refuse-audience-group-unknown = لا يوجد فريق عامل «{ $body }» في الهيكل النافذ في { $on }
refuse-message-original = يحتاج الأصل ({ $lang ->
    [fr] الفرنسية
    [es] الإسبانية
    [ar] العربية
   *[en] الإنكليزية
  }) إلى موضوع ونص
refuse-message-version-empty = تحتاج النسخة { $lang ->
    [fr] الفرنسية
    [es] الإسبانية
    [ar] العربية
   *[en] الإنكليزية
  } إلى موضوع ونص معًا
refuse-message-version-long = النسخة { $lang ->
    [fr] الفرنسية
    [es] الإسبانية
    [ar] العربية
   *[en] الإنكليزية
  } طويلة جدًا (الموضوع حتى { $subject } حرف، والنص حتى { $body })
refuse-audience-empty = لا أحد ضمن الجمهور «{ $kind }» في { $on }: لم تُرسل الرسالة

## برنامج الاجتماع: الجلسات والمتكلمون
refuse-session-named = «{ $title }» ({ $day }، { $starts }–{ $ends })
refuse-session-overlap = تتداخل { $first } و{ $second } في القاعة { $room }؛ انقل إحداهما إلى وقت آخر أو قاعة أخرى.
refuse-session-untitled = جلسة يوم { $day } ليس لها عنوان.
refuse-session-outside-meeting = الجلسة { $session } لا تقع في يوم من أيام { $meeting }، الذي يُعقد من { $opens } إلى { $closes }.
refuse-session-meeting-undated = ليس لـ { $meeting } تواريخ مسجلة، لذا لا يمكن وضع الجلسة { $session } في أحد أيامه.
refuse-session-hours = يجب أن تبدأ الجلسة { $session } قبل أن تنتهي.
refuse-session-body-unknown = { $session }: لا توجد هيئة «{ $key }» في الهيكل النافذ في { $day }.
refuse-session-body-is-area = { $session }: { $area } مجال مواضيعي؛ اختره مجالًا مواضيعيًا للجلسة واختر فريقه هيئةً لها.
refuse-session-area-unknown = { $session }: لا يوجد مجال مواضيعي «{ $key }» في الهيكل النافذ في { $day }.
refuse-session-area-not-area = { $session }: { $body } ليس مجالًا مواضيعيًا؛ اختره هيئةً للجلسة.
refuse-session-area-body = { $session }: يُناقش المجال المواضيعي { $area } ضمن الوقت المخصص لـ { $parent }، لذا يجب أن تكون هيئته { $parent } أو لا شيء (P2.2).
refuse-session-area-outside = { $session }: يُناقش المجال المواضيعي { $area } ضمن الوقت المخصص لـ { $parent } (P2.2)؛ ضعه بالكامل داخل جلسة لـ { $parent } في { $day }.
refuse-programme-session-title = أعطِ الجلسة عنوانًا.
refuse-programme-session-room = أدخل القاعة التي تُعقد فيها الجلسة.
refuse-programme-title-long = يتجاوز العنوان { $max ->
    [zero] { $max } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  }.
refuse-programme-room-long = يتجاوز اسم القاعة { $max ->
    [zero] { $max } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  }.
refuse-programme-description-long = يتجاوز الوصف { $max ->
    [zero] { $max } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  }.
refuse-programme-session-has-statements = لـ «{ $title }» { $count ->
    [zero] { $count } بيان مسجل
    [one] بيان واحد مسجل
    [two] بيانان مسجلان
    [few] { $count } بيانات مسجلة
    [many] { $count } بيانًا مسجلًا
   *[other] { $count } بيان مسجل
  }؛ تبقى الجلسة التي أُلقيت فيها بيانات في البرنامج: عدّلها بدلًا من حذفها.
refuse-programme-speaker-name = أدخل اسم المتكلم.
refuse-programme-name-long = يتجاوز الاسم { $max ->
    [zero] { $max } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  }.
refuse-programme-capacity-long = تتجاوز الصفة أو الدور { $max ->
    [zero] { $max } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  }.
refuse-programme-speaker-actor = «{ $value }» غير مدرج في سجل الجهات الفاعلة.

## قائمة التحضير للاجتماع
refuse-preparation-long = لا يجوز أن يتجاوز العنوان والمسؤول { $max ->
    [zero] { $max } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  }
refuse-preparation-title = يحتاج البند المضاف إلى عنوان

## ملف مشاركة مستورد (سطر لكل دولة)
refuse-import-rules-missing = قواعد بدء النفاذ والانسحاب الخاصة بهذه الاتفاقية غير مسجلة، فلا يمكن التحقق من تواريخ المشاركة؛ أضفها أولًا إلى إعداداتها المسبقة
refuse-import-line-unreadable = السطر { $line }: { $why }
refuse-import-state-twice = السطر { $line }: تظهر { $state } أكثر من مرة في الملف
refuse-import-line = السطر { $line }: { $problem }
refuse-import-no-rows = للملف سطر عناوين ولكن لا صفوف فيه

## رموز الوثائق (CCM/MSP/2011/WP.3)
refuse-symbol-form = «{ $value }» ليس رمز وثيقة: تُفصل الأجزاء بشرطة مائلة واحدة، كما في CCM/MSP/2011/WP.3
refuse-symbol-treaty = «{ $value }» ليس بادئة معاهدة (حروف لاتينية كبيرة، مثل CCM)
refuse-symbol-number = «{ $value }» ليس رقم وثيقة (رقم مثل 5، أو سلسلة مثل WP.3)
refuse-symbol-out-of-place = «{ $value }» في غير موضعه في «{ $symbol }»
refuse-symbol-none-free = لا يوجد رقم وثيقة متاح بعد { $used } ضمن { $root }

## وفد تقدمه جهة الاتصال الخاصة به (قواعد التسجيل في P1.1، شخصًا شخصًا)
refuse-delegation-person = الشخص { $person }: { $problem }
refuse-delegation-empty-post = يذكر إرسال الوفد شخصًا واحدًا على الأقل
refuse-delegation-required = الحقل «{ $field }» مطلوب.
refuse-delegation-too-long = يتجاوز الحقل «{ $field }» { $max ->
    [zero] { $max } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  }.
refuse-delegation-category = اختر إحدى الفئات المدرجة.
refuse-delegation-role = اختر رئيس الوفد أو عضوًا أو مستشارًا.
refuse-delegation-email = يجب أن يكون عنوان البريد الإلكتروني على شكل name@example.org، دون مسافات.
refuse-delegation-unknown-actor = «{ $value }» ليس دولة ولا منظمة في السجل.
refuse-delegation-not-a-state = { $value } ليس دولة.
refuse-delegation-not-an-organization = { $value } ليس منظمة.
refuse-delegation-not-party = { $state } ليست دولة طرفًا نافذة بحقها الاتفاقية في { $day }؛ ويجوز لها التسجيل بصفة دولة مراقبة.
refuse-delegation-party-not-observer = { $state } دولة طرف نافذة بحقها الاتفاقية في { $day }؛ وتُسجَّل بصفة دولة طرف.
refuse-delegation-credentials-required = يجب أن يرفق وفد الدولة وثائق تفويضه (مذكرة شفوية) بصيغة PDF.
refuse-delegation-credentials-not-pdf = ملف وثائق التفويض ليس PDF.
refuse-delegation-credentials-too-large = يتجاوز حجم ملف وثائق التفويض 5 ميبيبايت.
refuse-delegation-not-yet-open = يبدأ التسجيل في { $day }؛ يُرجى العودة حينئذ.
refuse-delegation-after-deadline = أُغلق التسجيل في { $day }؛ لا يُقبل التسجيل المتأخر.
refuse-delegation-cap = لدى { $delegation } بالفعل { $cap ->
    [zero] { $cap } تسجيل
    [one] تسجيل واحد
    [two] تسجيلان
    [few] { $cap } تسجيلات
    [many] { $cap } تسجيلًا
   *[other] { $cap } تسجيل
  }، وهو الحد الأقصى للوفد.
refuse-delegation-head = لدى { $delegation } رئيس وفد بالفعل.
refuse-delegation-not-open = التسجيل لهذا الاجتماع غير مفتوح.
refuse-delegation-reason-required = اذكر السبب في بضع كلمات.
refuse-delegation-not-active = { $reference } مرفوض أو مسحوب؛ لا يمكن تغيير إلا تسجيل معلق أو معتمد.
refuse-delegation-duplicate = { $email } مسجل بالفعل لهذا الاجتماع؛ يُسجَّل الشخص مرة واحدة لكل اجتماع.
refuse-delegation-nobody-listed = أدرج شخصًا واحدًا على الأقل: اسم العائلة والاسم الأول وعنوان البريد الإلكتروني والدور.

## الاستمارات وأجسام JSON في هذه الأقسام، كما يقرؤها الموقع
refuse-notice-original-lang = «{ $value }» ليست لغة من لغات المنتج (en، fr، es، ar)
refuse-notice-version-twice = النسخة { $lang ->
    [fr] الفرنسية
    [es] الإسبانية
    [ar] العربية
   *[en] الإنكليزية
  } مقدمة مرتين
refuse-notice-version-lang = «{ $value }» ليست لغة من لغات المنتج
refuse-review-not-a-number = «{ $value }» ليس { $field ->
    [decision] رقم مقرر
   *[architecture-version] رقم نسخة من الهيكل
  }
refuse-review-subject-typed = «{ $value }» ليس موضوعًا للاستعراض
refuse-decision-symbol-unknown = لا توجد وثيقة مسجلة تحمل الرمز { $symbol }
refuse-decision-meeting-unknown = الاجتماع «{ $value }» غير مسجل
refuse-decision-reference-unknown = «{ $value }» ليس مقررًا مسجلًا؛ اكتب الاجتماع والرقم، مثل 2MSP/3
refuse-decision-agenda-typed = «{ $value }» ليس بندًا من بنود جدول الأعمال
refuse-decision-number-typed = «{ $value }» ليس رقم مقرر (عدد صحيح ابتداءً من 1)
refuse-report-own-state = لا تقدم جهة الاتصال التقارير إلا باسم دولتها ({ $states }).
refuse-extension-own-state = لا تقدم جهة الاتصال الطلبات إلا باسم دولتها ({ $states }).
refuse-advice-own-state = لا تطلب جهة الاتصال المشورة إلا باسم دولتها ({ $states }).
refuse-nomination-state-missing = اذكر الدولة المرشَّحة (state، رمزها الثلاثي)
refuse-delegation-lang = اللغة «{ $value }» ليست إحدى en أو fr أو es أو ar
refuse-delegation-decision = القرار «{ $value }» ليس approve ولا refuse
refuse-list-page = الصفحة «{ $page }» ليست رقم صفحة (1، 2، 3...).
