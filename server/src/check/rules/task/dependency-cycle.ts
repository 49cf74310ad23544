import { defineRule } from '../../rule';
import { taskAnalysis } from '../../tasks';

export const taskDependencyCycle = defineRule({
  code: 'task/dependency-cycle',
  defaultSeverity: 'error',
  summary: {
    vi: 'Các nhiệm vụ phụ thuộc nhau theo vòng tròn ("sau", hoặc thời hạn "trong … sau @X").',
    en: 'Tasks that depend on each other in a circle ("sau", or a deadline "trong … sau @X").',
  },
  rationale: {
    vi: 'Không nhiệm vụ nào trong vòng bắt đầu được, và thời hạn tính từ nhau theo vòng tròn không có ngày cuối cùng.',
    en: 'None of the tasks in the circle can start, and deadlines counted from each other in a circle have no last day.',
  },
  example: 'nhiệm vụ A: chủ trì @VP; sau @B\nnhiệm vụ B: chủ trì @VP; hạn trong 3 ngày sau @A',
  reportedBy: taskAnalysis,
});
