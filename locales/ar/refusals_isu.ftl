# حالات الرفض وأخطاء الاستمارات في سجل وحدة دعم التنفيذ (المقترح 4) وفي الملفات المستوردة
# (المسألة 19، البند 1).

## حقول سجل وحدة دعم التنفيذ المذكورة في الرفض
refuse-isu-give = أدخِل { $field ->
    [body] الجهة التي دعمت الاتفاقية
    [person] اسم الشخص
    [function] الوظيفة
    [activity-title] عنوان النشاط { $n }
    [line-category] فئة بند الميزانية { $n }
    [host] الجهة المضيفة
    [place] المكان
   *[contributor] المساهم (دولة أو منظمة)
  }.
refuse-isu-too-long = { $field ->
    [body] الجهة التي دعمت الاتفاقية
    [person] اسم الشخص
    [function] الوظيفة
    [activity-title] عنوان النشاط { $n }
    [line-category] فئة بند الميزانية { $n }
    [host] الجهة المضيفة
    [place] المكان
   *[contributor] المساهم (دولة أو منظمة)
  } يتجاوز { $max ->
    [zero] { $max } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  }.
refuse-isu-date-missing = أدخِل { $field ->
    [first-day] اليوم الأول
    [last-day] اليوم الأخير
    [pledge-date] تاريخ التعهد
    [received-on] تاريخ الاستلام
   *[date] التاريخ
  } (YYYY-MM-DD).
refuse-isu-not-a-date = { $field ->
    [first-day] اليوم الأول
    [last-day] اليوم الأخير
    [pledge-date] تاريخ التعهد
    [received-on] تاريخ الاستلام
   *[date] التاريخ
  }: «{ $value }» ليس تاريخًا بالصيغة YYYY-MM-DD.
refuse-isu-not-a-choice = { $field ->
    [decision] المقرر
   *[corrects] الصف المصحَّح
  }: «{ $value }» ليس من الخيارات المتاحة.
refuse-isu-ends-before-starts = اليوم الأخير ({ $last }) يسبق اليوم الأول ({ $first }).

## وحدة دعم التنفيذ عبر الزمن: فترات الصفة والموظفون
refuse-isu-capacity = اختر الصفة: مؤقتة أو دائمة.
refuse-isu-period-source = بيِّن أين سُجِّل التغيير (المصدر)؛ وإذا لم يكن مقرره في السجل فاذكر ذلك.
refuse-isu-decision-not-in-register = المقرر { $id } غير موجود في سجل { $convention }؛ اختر أحد مقرراتها أو اتركه واذكر السبب في المصدر.
refuse-isu-period-not-current = الفترة { $id } ليست فترة سارية في { $convention }؛ صحِّح النسخة السارية.
refuse-isu-staff-source = بيِّن أين سُجِّل التعيين (المصدر).
refuse-isu-staff-not-current = صف الموظفين { $id } ليس صفًا ساريًا في { $convention }؛ صحِّح النسخة السارية.

## خطة العمل والميزانية (P4.4(h))
refuse-isu-year-out-of-range = { $year } ليست سنة يحتفظ TreatyDesk بخطط عمل لها (من 2000 إلى 2100).
refuse-isu-plan-empty = أدخِل نشاطًا واحدًا أو بند ميزانية واحدًا على الأقل.
refuse-isu-activity-no-mandate = النشاط { $n }: لا تتضمن الإعدادات المسبقة لـ{ $convention } أي مهام من الولاية يندرج تحتها.
refuse-isu-activity-task = النشاط { $n }: «{ $value }» ليست مهمة من مهام ولاية وحدة دعم التنفيذ ({ $keys }).
refuse-isu-line-amount = بند الميزانية { $n }: يجب أن يكون المبلغ أكبر من الصفر، وبخانتين عشريتين على الأكثر.
refuse-isu-line-currency = بند الميزانية { $n }: ميزانية { $convention } بعملة { $budget }، لا بعملة { $currency }.
refuse-isu-line-no-currency = بند الميزانية { $n }: لا تحدد الإعدادات المسبقة لـ{ $convention } عملة للميزانية.
refuse-isu-line-problem = بند الميزانية { $n }: { $problem }
refuse-isu-activity-line-form = سطر النشاط { $n }: اكتب مفتاح المهمة ثم خطًا عموديًا ثم العنوان (a | التحضير للاجتماع | النواتج; مفصولة)
refuse-isu-line-form = بند الميزانية { $n }: اكتب الفئة ثم خطًا عموديًا ثم المبلغ (تكاليف الموظفين | 412500.00)
refuse-isu-not-an-amount = «{ $value }» ليس مبلغًا: اكتب أرقامًا بخانتين عشريتين على الأكثر بعد نقطة (1250.50)، أكبر من الصفر.
refuse-isu-draft-unchanged = المشروع (التنقيح { $revision }) بهذه الصيغة أصلًا؛ لم يُغيَّر شيء.
conflict-isu-workplan-race = حُفظ تنقيح آخر لخطة عمل { $year } في الوقت نفسه؛ أعد تحميل الخطة وحاول مرة أخرى
refuse-isu-step-no-meeting = «{ $value }» ليس اجتماعًا من اجتماعات { $convention }؛ اختر { $kind ->
    [committee] اجتماعًا للجنة التنسيق
   *[formal] اجتماعًا للدول الأطراف أو مؤتمرًا استعراضيًا
  }.
refuse-isu-step-wrong-meeting = { $meeting } ليس { $kind ->
    [committee] اجتماعًا للجنة التنسيق
   *[formal] اجتماعًا للدول الأطراف أو مؤتمرًا استعراضيًا
  }.
refuse-isu-step-decision = المقرر { $id } ليس من مقررات { $meeting }؛ استشهد بأحد مقررات ذلك الاجتماع.
refuse-isu-endorsement-citation = استشهد بمقرر اجتماع اللجنة أو بمحضره (حيث سُجِّلت الموافقة).
refuse-isu-approval-decision = استشهد بمقرر الاجتماع الذي اعتمد الخطة.
refuse-isu-endorsed-already = P4.4(h): التنقيح الساري موافَق عليه من قبل؛ عدِّله أولًا (فيعود مشروعًا) لتتم الموافقة عليه من جديد.
refuse-isu-approved-not-endorsable = P4.4(h): التنقيح الساري معتمد من قبل؛ أي تعديل يعيده مشروعًا توافق عليه اللجنة بعد ذلك.
refuse-isu-approve-draft = P4.4(h): لا تُعرض خطة العمل والميزانية على اجتماع الدول الأطراف أو المؤتمر الاستعراضي لاعتمادهما إلا بعد أن توافق عليهما لجنة التنسيق؛ والتنقيح الساري مشروع، فسجِّل موافقة اللجنة أولًا.
refuse-isu-approved-already = P4.4(h): التنقيح الساري معتمد من قبل.

## المساهمات (P4.2)
refuse-isu-contributor-unknown = «{ $value }» ليست دولة أو منظمة في السجل؛ اترك الرمز وأدخِل الاسم.
refuse-isu-no-budget-currency = لا تحدد الإعدادات المسبقة لـ{ $convention } عملة للميزانية؛ فلا يمكن احتساب المساهمات مقابل ميزانية.
refuse-isu-not-a-currency = «{ $value }» ليس رمز عملة (ثلاثة أحرف لاتينية كبيرة، مثل CHF أو EUR).
refuse-isu-amount = يجب أن يكون المبلغ أكبر من الصفر، وبخانتين عشريتين على الأكثر.
refuse-isu-rate = يجب أن يكون سعر الصرف أكبر من الصفر.
refuse-isu-rate-one = المساهمة بعملة الميزانية ({ $currency })؛ فسعر صرفها 1.
refuse-isu-not-a-rate = «{ $value }» ليس سعر صرف: اكتب كم وحدة من عملة الميزانية تساوي الوحدة الواحدة (0.9412)، أكبر من الصفر، وبثماني خانات عشرية على الأكثر.
refuse-isu-earmark = «{ $value }» ليس تخصيصًا: اختر غير مخصصة أو مهمة أو نشاط.
refuse-isu-earmark-task = «{ $value }» ليست مهمة من مهام ولاية وحدة دعم التنفيذ.
refuse-isu-earmark-activity = «{ $value }» ليس نشاطًا من أنشطة خطة عمل { $year }.
refuse-isu-contribution-source = اذكر الوثيقة المصدر للمساهمة.
refuse-isu-contribution-not-current = المساهمة { $id } ليست مساهمة سارية في { $convention }؛ صحِّح النسخة السارية.
refuse-isu-funds-year = بيِّن السنة التي تموِّلها المساهمة.
refuse-isu-not-a-year = «{ $value }» ليست سنة.

## النفقات مقابل الميزانية المعتمدة
refuse-isu-spending-no-approved-plan = لا توجد خطة عمل معتمدة لسنة { $year }؛ تُسجَّل النفقات مقابل بنود ميزانية معتمدة.
refuse-isu-spending-line = «{ $value }» ليس بندًا من بنود الميزانية المعتمدة لسنة { $year } ({ $keys }).
refuse-isu-spending-quarter = الربع { $value } ليس 1 أو 2 أو 3 أو 4.
refuse-isu-spending-source = اذكر مصدر الرقم (الحسابات، أو كشف).
refuse-isu-spending-not-current = النفقة { $id } ليست صفًا ساريًا لسنة { $year }؛ صحِّح النسخة السارية.
refuse-isu-quarter-missing = بيِّن الربع (من 1 إلى 4) الذي تقع فيه النفقة.
refuse-isu-not-a-quarter = «{ $value }» ليس ربعًا (من 1 إلى 4).

## تقارير وحدة دعم التنفيذ (P4.4(i))
refuse-isu-report-meeting = { $meeting } ليس اجتماعًا للدول الأطراف أو مؤتمرًا استعراضيًا له تاريخ افتتاح: وحدة دعم التنفيذ تقدم تقاريرها إلى أحدهما (P4.4(i))
refuse-isu-report-no-meeting = لا يوجد اجتماع «{ $value }»: اختر اجتماعًا للدول الأطراف أو مؤتمرًا استعراضيًا
refuse-isu-report-period = اليوم الأخير من الفترة ({ $last }) يسبق يومها الأول ({ $first })
refuse-isu-report-prose-long = يجوز أن تتضمن كل مقدمة وكل خلاصة ما يصل إلى { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  }
conflict-isu-report-published = تقرير وحدة دعم التنفيذ { $number } منشور بالرمز { $symbol } ومجمَّد (P4.4(i)): أنشئ مشروعًا جديدًا لتقرير جديد
refuse-isu-report-not-a-date = { $field ->
    [first-day] اليوم الأول
   *[last-day] اليوم الأخير
  } ({ $value }) ليس تاريخًا (YYYY-MM-DD)
refuse-isu-report-meeting-missing = اختر الاجتماع الذي يُقدَّم إليه التقرير
refuse-isu-report-symbol-missing = أدخِل الرمز الذي يُنشر به التقرير
refuse-isu-report-symbol-no-pattern = أدخِل الرمز: ليس لسلسلة الاجتماع نمط يُقترح منه رمز

## التقويمات المستوردة (iCalendar)
refuse-ical-too-big = حجم التقويم { $size } كيلوبايت؛ ولا يُقرأ منه أكثر من { $max } كيلوبايت
refuse-ical-too-many-lines = يتضمن التقويم أكثر من { $max ->
    [zero] { $max } سطر
    [one] سطر واحد
    [two] سطرين
    [few] { $max } أسطر
    [many] { $max } سطرًا
   *[other] { $max } سطر
  }
refuse-ical-too-deep = يُداخل التقويم المكونات في أكثر من { $max ->
    [zero] { $max } مستوى
    [one] مستوى واحد
    [two] مستويين
    [few] { $max } مستويات
    [many] { $max } مستوى
   *[other] { $max } مستوى
  }
refuse-ical-not-a-calendar = هذا ليس ملف iCalendar: { $why }
refuse-ical-no-uid = { $named ->
    [true] «{ $name }»
   *[other] الحدث { $n }
  } بلا UID
refuse-ical-no-start = { $named ->
    [true] «{ $name }»
   *[other] الحدث { $n }
  } بلا DTSTART مقروء
refuse-ical-bad-end = { $named ->
    [true] «{ $name }»
   *[other] الحدث { $n }
  } له DTEND غير مقروء
refuse-ical-too-many-events = يتضمن التقويم { $count ->
    [zero] { $count } حدث
    [one] حدثًا واحدًا
    [two] حدثين
    [few] { $count } أحداث
    [many] { $count } حدثًا
   *[other] { $count } حدث
  }؛ ولا يُستورد أكثر من { $max } في المرة الواحدة
refuse-ical-no-events = لا يتضمن التقويم أي حدث
refuse-ical-name = أعطِ التقويم اسمًا من 1 إلى 100 حرف (مثل «APLC»)
refuse-ical-file-too-big = حجم الملف { $size } كيلوبايت؛ ولا يُقبل أكثر من { $max } كيلوبايت
refuse-ical-not-utf8 = الملف ليس نصًا بترميز UTF-8 كما هي ملفات iCalendar
refuse-ical-no-file = اختر ملف iCalendar (.ics) لاستيراده

## ملفات CSV المستوردة: سطر العناوين
refuse-csv-header-unreadable = السطر 1: تتعذر قراءة سطر العناوين: { $why }
refuse-csv-header-lacks = السطر 1: ينقص سطر العناوين العمود أو الأعمدة { $missing }؛ والمتوقع { $expected }
